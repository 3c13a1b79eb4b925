import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureProps } from '../../fixtures/fixture.js';
import { ContentsList, type ContentsItem, type ContentsListProps } from './index.js';
import { fixtures } from './ContentsList.fixtures.js';

const { items } = fixtureProps(fixtures, 'article-en');

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('ContentsList', () => {
  it('is a navigation landmark named "Contents", with the same visible title', () => {
    render(<ContentsList items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(within(nav).getByText('Contents').tagName).toBe('P');
  });

  it('names the nav in Traditional and Simplified Chinese', () => {
    const { rerender } = render(<ContentsList items={items} locale="zh-HK" />);
    expect(screen.getByRole('navigation', { name: '目錄' })).toBeInTheDocument();
    rerender(<ContentsList items={items} locale="zh-Hans" />);
    expect(screen.getByRole('navigation', { name: '目录' })).toBeInTheDocument();
  });

  it('lists a link to each section id in an ordered list, with one nested level', () => {
    render(<ContentsList items={items} />);
    const lists = screen.getAllByRole('list');
    expect(lists.map((list) => list.tagName)).toEqual(['OL', 'OL']);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Meet a participant', '#participant'],
      ['In his own words', '#reflection'],
      ['Innovation and technology', '#innovation'],
      ['Finance', '#finance'],
      ['The civil service', '#civil-service'],
      ['Where the participants came from', '#partners'],
    ]);
    const reflection = screen.getByRole('link', { name: 'In his own words' }).closest('li')!;
    expect(within(reflection).getAllByRole('listitem')).toHaveLength(3);
  });

  it('marks the current section with aria-current="true" on its link only', () => {
    const { rerender } = render(<ContentsList items={items} current="finance" />);
    const current = screen.getByRole('link', { name: 'Finance' });
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(screen.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toEqual([current]);
    rerender(<ContentsList items={items} current="#participant" />);
    expect(screen.getByRole('link', { name: 'Meet a participant' })).toHaveAttribute('aria-current', 'true');
    rerender(<ContentsList items={items} current="nowhere" />);
    expect(screen.getAllByRole('link').some((link) => link.hasAttribute('aria-current'))).toBe(false);
  });

  it('renders the title as a heading when headingLevel is set', () => {
    render(<ContentsList items={items} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Contents' })).toBeInTheDocument();
  });

  it('uses a title override for the title and the nav name, but not a blank one', () => {
    const { rerender } = render(<ContentsList items={items} labels={{ label: 'On this page' }} />);
    expect(screen.getByRole('navigation', { name: 'On this page' })).toHaveTextContent(/^On this page/);
    rerender(<ContentsList items={items} labels={{ label: '  ' }} />);
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
  });

  it('ignores a leading # in ids and skips entries without a usable label or id', () => {
    const warn = warnSpy();
    render(
      <ContentsList
        items={[{ label: 'Hash', id: '#hash' }, { label: 'Spaces', id: 'two words' }, { label: ' ', id: 'blank' }, { label: 'No id', id: '' }, null as never, { label: 'Kept', id: 'kept' }]}
      />,
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#hash', '#kept']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped 4'));
    warn.mockRestore();
  });

  it('goes one level deep only', () => {
    render(<ContentsList items={[{ label: 'A', id: 'a', items: [{ label: 'B', id: 'b', items: [{ label: 'C', id: 'c' }] } as ContentsItem] }]} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['A', 'B']);
  });

  it('renders nothing, with a warning, when no item is usable', () => {
    const warn = warnSpy();
    for (const bad of [[], [{ label: '', id: '' }], null, 'items', { label: 'x' }]) {
      const { container, unmount } = render(<ContentsList items={bad as never} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it('never throws on wrong-typed input', () => {
    const warn = warnSpy();
    for (const props of [
      { items: [{ label: 42, id: 7, items: 'x' }], current: 5, headingLevel: 'h9', labels: 'x', locale: {} },
      { items: [{ label: {}, id: ['a'] }, { label: 'ok', id: 'ok', items: [null, 3, { label: 'n', id: 'n' }] }], labels: null },
    ]) {
      const { unmount } = render(<ContentsList {...(props as unknown as ContentsListProps)} />);
      unmount();
    }
    render(<ContentsList {...({ items: [{ label: 42, id: 'n42' }] } as unknown as ContentsListProps)} />);
    expect(screen.getByRole('link', { name: '42' })).toHaveAttribute('href', '#n42');
    warn.mockRestore();
  });
});
