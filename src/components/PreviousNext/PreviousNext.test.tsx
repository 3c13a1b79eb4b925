import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PreviousNext, type PreviousNextProps } from './index.js';

const previous = { href: '/news/partners', title: 'Six partner cities' };
const next = { href: '/news/reflection', title: 'Three months in Hong Kong' };

describe('PreviousNext', () => {
  it('is a navigation landmark linking to both articles, named "Previous article: title" and "Next article: title"', () => {
    render(<PreviousNext previous={previous} next={next} />);
    const nav = screen.getByRole('navigation', { name: 'Previous and next articles' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveAccessibleName('Previous article: Six partner cities');
    expect(links[0]).toHaveAttribute('href', '/news/partners');
    expect(links[1]).toHaveAccessibleName('Next article: Three months in Hong Kong');
    expect(links[1]).toHaveAttribute('href', '/news/reflection');
    expect(within(nav).queryByRole('list')).toBeNull();
  });

  it('shows the direction and the title, the colon for screen readers only', () => {
    render(<PreviousNext next={next} />);
    const link = screen.getByRole('link');
    expect(within(link).getByText('Next article')).toBeVisible();
    expect(within(link).getByText('Three months in Hong Kong')).toBeVisible();
    expect(within(link).getByText(':')).toHaveClass('bh-visually-hidden');
  });

  it('speaks Chinese, with the full-width colon', () => {
    const { rerender } = render(<PreviousNext previous={previous} locale="zh-HK" />);
    expect(screen.getByRole('navigation', { name: '上一篇及下一篇文章' })).toHaveAttribute('lang', 'zh-HK');
    expect(screen.getByRole('link', { name: '上一篇：Six partner cities' })).toBeInTheDocument();
    rerender(<PreviousNext next={next} locale="zh-Hans" />);
    expect(screen.getByRole('link', { name: '下一篇：Three months in Hong Kong' })).toBeInTheDocument();
  });

  it('names a link without a title by its direction only', () => {
    render(<PreviousNext next={{ href: '/n', title: '  ' }} />);
    expect(screen.getByRole('link', { name: 'Next article' })).toBeInTheDocument();
  });

  it('drops an article whose URL is unsafe, and renders nothing, with a warning, when none is left', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<PreviousNext previous={{ href: 'javascript:alert(1)', title: 'Bad' }} next={next} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByText('Bad')).toBeNull();
    rerender(<PreviousNext previous={{ href: 'javascript:alert(1)', title: 'Bad' }} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it('takes label overrides, keeping a built-in label for a blank one', () => {
    render(<PreviousNext previous={previous} next={next} labels={{ label: 'More in this issue', previous: 'Earlier', next: ' ' }} />);
    expect(screen.getByRole('navigation', { name: 'More in this issue' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Earlier: Six partner cities' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next article: Three months in Hong Kong' })).toBeInTheDocument();
  });

  it('never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [
      { previous: 'prev', next: { href: 42, title: {} } },
      { previous: { href: '/p', title: ['x'] }, locale: 12, labels: 'x' },
      { previous: null, next: [] },
    ]) {
      const { unmount } = render(<PreviousNext {...(props as unknown as PreviousNextProps)} />);
      unmount();
    }
    render(<PreviousNext {...({ next: { href: '/n', title: 42 } } as unknown as PreviousNextProps)} />);
    expect(screen.getByRole('link', { name: 'Next article: 42' })).toBeInTheDocument();
    warn.mockRestore();
  });
});
