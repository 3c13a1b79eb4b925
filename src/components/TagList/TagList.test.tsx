import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TagList, type TagListProps } from './index.js';

const items = [
  { label: 'Greater Bay Area', href: '/en/topics/greater-bay-area/' },
  { label: 'Highlights', href: '/en/topics/highlights/', tone: 'strong' as const },
];

describe('TagList', () => {
  it('is a list named by its visible label, one tag per item', () => {
    render(<TagList items={items} />);
    const list = screen.getByRole('list', { name: 'Topics' });
    const label = screen.getByText('Topics');
    expect(label).toHaveClass('bh-tag-list__label');
    expect(label).not.toHaveClass('bh-visually-hidden');
    expect(list).toHaveAttribute('aria-labelledby', label.id);
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Greater Bay Area', 'Highlights']);
    expect(links[0]).toHaveClass('bh-tag', 'bh-tag--link');
    expect(links[1]).toHaveClass('bh-tag--strong');
  });

  it('labels in the page language, with the site’s label, or hidden', () => {
    const { rerender } = render(<TagList items={items} locale="zh-Hant" />);
    expect(screen.getByRole('list', { name: '主題' })).toBeInTheDocument();
    rerender(<TagList items={items} locale="zh-Hans" hideLabel />);
    expect(screen.getByText('主题')).toHaveClass('bh-visually-hidden');
    rerender(<TagList items={items} label="In this article" labels={{ label: 'Ignored' }} />);
    expect(screen.getByRole('list', { name: 'In this article' })).toBeInTheDocument();
    rerender(<TagList items={items} labels={{ label: 'Subjects' }} />);
    expect(screen.getByRole('list', { name: 'Subjects' })).toBeInTheDocument();
  });

  it('uses the caller’s labelId', () => {
    render(<TagList items={items} labelId="article-topics" />);
    expect(screen.getByRole('list')).toHaveAttribute('aria-labelledby', 'article-topics');
    expect(screen.getByText('Topics')).toHaveAttribute('id', 'article-topics');
  });

  it('keeps a tag with an unsafe URL as plain text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<TagList items={[{ label: 'Unsafe', href: 'javascript:alert(1)' }, items[1]!]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Unsafe').tagName).toBe('SPAN');
    warn.mockRestore();
  });

  it('skips items without a label, and renders nothing when none is left', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<TagList items={[{ label: ' ' }, items[0]!]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    rerender(<TagList items={[{ label: '\u200b' }]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.map(([message]) => message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/TagList: skipped 1 of the `items`/), expect.stringMatching(/TagList: no entry of `items`.*rendered nothing/)]),
    );
    warn.mockRestore();
  });

  it('never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [{ items: 'x' }, { items: null }, { items: [null, 5, 'x', { label: {} , href: 3, tone: [] }] }, { items: [{ label: 'a' }], label: 5, hideLabel: 'yes', labels: 'x' }]) {
      const { unmount } = render(<TagList {...(props as unknown as TagListProps)} />);
      unmount();
    }
    warn.mockRestore();
  });
});
