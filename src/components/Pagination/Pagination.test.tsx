import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, type PaginationProps } from './index.js';

const archive = { pageCount: 12, hrefTemplate: '/issues?page={page}' };

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

/** A link's accessible name: its aria-label, else its text. */
const nameOf = (link: Element) => link.getAttribute('aria-label') ?? link.textContent;

/** The list's entries as they read: page links by their accessible names, and gaps. */
const entries = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => {
      const link = within(li).queryByRole('link');
      return link ? nameOf(link) : li.textContent;
    });

describe('Pagination: numbered pages', () => {
  it('is a navigation landmark named "Pagination" with previous, the pages and next', () => {
    render(<Pagination {...archive} currentPage={5} />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [nameOf(link), link.getAttribute('href')])).toEqual([
      ['Previous page', '/issues?page=4'],
      ['Page 1', '/issues?page=1'],
      ['Page 4', '/issues?page=4'],
      ['Page 5', '/issues?page=5'],
      ['Page 6', '/issues?page=6'],
      ['Page 12', '/issues?page=12'],
      ['Next page', '/issues?page=6'],
    ]);
    expect(entries()).toEqual(['Page 1', '…', 'Page 4', 'Page 5', 'Page 6', '…', 'Page 12']);
  });

  it('marks the current page with aria-current="page" on its link only', () => {
    render(<Pagination {...archive} currentPage={5} />);
    const current = screen.getByRole('link', { name: 'Page 5' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toEqual([current]);
  });

  it('shows the number, named "Page" and the number for screen readers', () => {
    render(<Pagination {...archive} currentPage={5} />);
    expect(screen.getByRole('link', { name: 'Page 12' })).toHaveTextContent(/^12$/);
  });

  it('shows a page instead of a gap of one page', () => {
    const { rerender } = render(<Pagination {...archive} currentPage={4} />);
    expect(entries()).toEqual(['Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5', '…', 'Page 12']);
    rerender(<Pagination {...archive} currentPage={9} />);
    expect(entries()).toEqual(['Page 1', '…', 'Page 8', 'Page 9', 'Page 10', 'Page 11', 'Page 12']);
  });

  it('leaves out previous on the first page and next on the last', () => {
    const { rerender } = render(<Pagination {...archive} currentPage={1} />);
    expect(screen.queryByRole('link', { name: 'Previous page' })).toBeNull();
    expect(entries()).toEqual(['Page 1', 'Page 2', '…', 'Page 12']);
    rerender(<Pagination {...archive} currentPage={12} />);
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
    expect(entries()).toEqual(['Page 1', '…', 'Page 11', 'Page 12']);
  });

  it('lists every page of a short archive', () => {
    render(<Pagination pageCount={3} currentPage={2} hrefTemplate="/p/{page}" />);
    expect(entries()).toEqual(['Page 1', 'Page 2', 'Page 3']);
  });

  it('keeps the current page within 1 and pageCount, and page 1 for an invalid one', () => {
    const { rerender } = render(<Pagination {...archive} currentPage={40} />);
    expect(screen.getByRole('link', { current: 'page' })).toHaveAccessibleName('Page 12');
    rerender(<Pagination {...archive} currentPage={-3} />);
    expect(screen.getByRole('link', { current: 'page' })).toHaveAccessibleName('Page 1');
    rerender(<Pagination {...archive} currentPage={2.5} />);
    expect(screen.getByRole('link', { current: 'page' })).toHaveAccessibleName('Page 1');
  });

  it('copes with a very large archive', () => {
    render(<Pagination pageCount={1_000_000_000} currentPage={500_000_000} hrefTemplate="/p/{page}" />);
    expect(entries()).toEqual(['Page 1', '…', 'Page 499999999', 'Page 500000000', 'Page 500000001', '…', 'Page 1000000000']);
  });

  it('speaks Chinese, the number inside the words', () => {
    const { rerender } = render(<Pagination {...archive} currentPage={3} locale="zh-HK" />);
    expect(screen.getByRole('navigation', { name: '分頁' })).toHaveAttribute('lang', 'zh-HK');
    expect(screen.getByRole('link', { name: '第3頁' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '上一頁' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下一頁' })).toBeInTheDocument();
    rerender(<Pagination {...archive} currentPage={3} locale="zh-CN" />);
    expect(screen.getByRole('link', { name: '第3页' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下一页' })).toBeInTheDocument();
  });

  it('renders nothing, with a warning, for fewer than two pages or no usable template', () => {
    const warn = warnSpy();
    for (const props of [
      { pageCount: 1, hrefTemplate: '/p/{page}' },
      { pageCount: 0, hrefTemplate: '/p/{page}' },
      { pageCount: 2.5, hrefTemplate: '/p/{page}' },
      { pageCount: 5, hrefTemplate: '/p/no-placeholder' },
      { pageCount: 5, hrefTemplate: 'javascript:go({page})' },
      { pageCount: 5 },
    ]) {
      const { container, unmount } = render(<Pagination {...(props as PaginationProps)} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });
});

describe('Pagination: props', () => {
  it('takes label overrides, keeping a built-in label for a blank one', () => {
    render(<Pagination {...archive} currentPage={2} labels={{ label: 'Issues', page: 'Issue {page}', next: ' ' }} />);
    expect(screen.getByRole('navigation', { name: 'Issues' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Issue 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next page' })).toBeInTheDocument();
  });

  it('never throws on wrong-typed input', () => {
    const warn = warnSpy();
    for (const props of [
      { pageCount: '12', currentPage: {}, hrefTemplate: 5, labels: 'x' },
      { pageCount: 12, currentPage: Number.NaN, hrefTemplate: '/p/{page}', labels: { page: 42 } },
      { pageCount: 1e300, currentPage: -1e300, hrefTemplate: '/p/{page}', locale: 12 },
    ]) {
      const { unmount } = render(<Pagination {...(props as unknown as PaginationProps)} />);
      unmount();
    }
    warn.mockRestore();
  });
});
