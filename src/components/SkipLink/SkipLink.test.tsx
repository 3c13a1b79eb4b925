import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SkipLink, skipLinkVisibilities, type SkipLinkProps } from './index.js';

describe('SkipLink', () => {
  it('is a link to #main-content named "Skip to main content" by default', () => {
    render(<SkipLink />);
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', '#main-content');
    expect(link).not.toHaveAttribute('lang');
  });

  it.each([
    ['en', 'Skip to main content'],
    ['zh-Hant', '跳至主要內容'],
    ['zh-HK', '跳至主要內容'],
    ['zh-Hans', '跳至主要内容'],
    ['zh-CN', '跳至主要内容'],
  ])('is named in the page language, %s, and carries its lang', (locale, name) => {
    render(<SkipLink locale={locale} />);
    expect(screen.getByRole('link', { name })).toHaveAttribute('lang', locale);
  });

  it('takes a label override, and keeps the built-in label for a blank one', () => {
    const { rerender } = render(<SkipLink labels={{ skipToMain: 'Skip to the article' }} />);
    expect(screen.getByRole('link', { name: 'Skip to the article' })).toBeInTheDocument();
    rerender(<SkipLink labels={{ skipToMain: '  ' }} />);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });

  it('links to the given target id, with or without a leading #', () => {
    const { rerender } = render(<SkipLink targetId="content" />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '#content');
    rerender(<SkipLink targetId="#article-body" />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '#article-body');
  });

  it('falls back to #main-content for an unusable id, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const targetId of ['', 'main content', '#', 42, null, { id: 'x' }]) {
      const { unmount } = render(<SkipLink {...({ targetId } as unknown as SkipLinkProps)} />);
      expect(screen.getByRole('link')).toHaveAttribute('href', '#main-content');
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SkipLink: `targetId`'));
    warn.mockRestore();
  });

  it('is hidden until focused by default, or always shown, by a documented class', () => {
    const { rerender } = render(<SkipLink />);
    expect(screen.getByRole('link')).toHaveClass('bh-skip-link', 'bh-skip-link--on-focus', 'bh-focusable');
    rerender(<SkipLink visibility="always" />);
    expect(screen.getByRole('link')).toHaveClass('bh-skip-link--always');
    expect(screen.getByRole('link')).not.toHaveClass('bh-skip-link--on-focus');
    expect(skipLinkVisibilities[0]).toBe('on-focus');
  });

  it('can take focus, so the keyboard reaches it first', () => {
    render(<SkipLink />);
    const link = screen.getByRole('link');
    link.focus();
    expect(link).toHaveFocus();
  });

  it('forwards the ref and passes className and DOM attributes through; href and label stay its own', () => {
    const ref = createRef<HTMLAnchorElement>();
    render(
      <SkipLink
        ref={ref}
        className="site-skip"
        id="skip"
        data-testid="skip"
        {...({ href: 'javascript:alert(1)', children: 'Other text' } as unknown as SkipLinkProps)}
      />,
    );
    const link = screen.getByTestId('skip');
    expect(ref.current).toBe(link);
    expect(link).toHaveClass('site-skip', 'bh-skip-link');
    expect(link).toHaveAttribute('id', 'skip');
    expect(link).toHaveAttribute('href', '#main-content');
    expect(link).toHaveTextContent(/^Skip to main content$/);
    expect((SkipLink as unknown as { render: { name: string } }).render.name).toBe('SkipLink');
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { targetId: ['a'], visibility: 'sometimes', locale: 12, labels: 'Skip' },
      { targetId: Symbol('x'), visibility: null, locale: {}, labels: { skipToMain: 5 } },
      { targetId: '<script>', visibility: 7, locale: 'not a tag!!', labels: null },
    ];
    for (const props of hostile) {
      const { unmount } = render(<SkipLink {...(props as unknown as SkipLinkProps)} />);
      expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveClass('bh-skip-link--on-focus');
      unmount();
    }
    warn.mockRestore();
  });
});
