import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BackToTop, backToTopVariants, type BackToTopProps } from './index.js';

describe('BackToTop', () => {
  it('is a plain link to #top named "Back to top", with a hidden up arrow', () => {
    render(<BackToTop />);
    const link = screen.getByRole('link', { name: 'Back to top' });
    expect(link).toHaveAttribute('href', '#top');
    expect(link).toHaveClass('bh-back-to-top', 'bh-back-to-top--inline', 'bh-link');
    const icon = link.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon).toHaveClass('bh-back-to-top__icon');
    expect(link).toHaveTextContent(/^Back to top$/);
  });

  it.each([
    ['en', 'Back to top'],
    ['zh-Hant', '返回頁首'],
    ['zh-TW', '返回頁首'],
    ['zh-Hans', '返回页首'],
    ['zh-SG', '返回页首'],
  ])('is named in the page language, %s, and carries its lang', (locale, name) => {
    render(<BackToTop locale={locale} />);
    expect(screen.getByRole('link', { name })).toHaveAttribute('lang', locale);
  });

  it('takes a label override, and keeps the built-in label for a blank one', () => {
    const { rerender } = render(<BackToTop locale="zh-Hant" labels={{ backToTop: '頁首' }} />);
    expect(screen.getByRole('link', { name: '頁首' })).toBeInTheDocument();
    rerender(<BackToTop locale="zh-Hant" labels={{ backToTop: '' }} />);
    expect(screen.getByRole('link', { name: '返回頁首' })).toBeInTheDocument();
  });

  it('links to the given target id, with or without a leading #', () => {
    const { rerender } = render(<BackToTop targetId="masthead" />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '#masthead');
    rerender(<BackToTop targetId="#page-top" />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '#page-top');
  });

  it('falls back to #top for an unusable id, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const targetId of ['', 'page top', 7, null]) {
      const { unmount } = render(<BackToTop {...({ targetId } as unknown as BackToTopProps)} />);
      expect(screen.getByRole('link')).toHaveAttribute('href', '#top');
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('BackToTop: `targetId`'));
    warn.mockRestore();
  });

  it('marks each variant with its modifier class, and falls back to inline', () => {
    for (const variant of backToTopVariants) {
      const { unmount } = render(<BackToTop variant={variant} />);
      expect(screen.getByRole('link')).toHaveClass(`bh-back-to-top--${variant}`);
      unmount();
    }
    render(<BackToTop {...({ variant: 'sideways' } as unknown as BackToTopProps)} />);
    expect(screen.getByRole('link')).toHaveClass('bh-back-to-top--inline');
  });

  it("keeps its own href and label: a caller's href and children replace neither", () => {
    render(<BackToTop {...({ href: 'javascript:alert(1)', children: 'Up' } as unknown as BackToTopProps)} />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', '#top');
    expect(link).toHaveAccessibleName('Back to top');
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { targetId: {}, variant: 3, locale: ['zh'], labels: 'Up' },
      { targetId: () => 'top', variant: null, locale: null, labels: { backToTop: ['x'] } },
    ];
    for (const props of hostile) {
      const { unmount } = render(<BackToTop {...(props as unknown as BackToTopProps)} />);
      expect(screen.getByRole('link', { name: 'Back to top' })).toHaveAttribute('href', '#top');
      unmount();
    }
    warn.mockRestore();
  });
});
