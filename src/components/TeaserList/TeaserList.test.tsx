import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { TeaserList, type TeaserListProps } from './index.js';

const cards = [
  <ArticleHighlight key="a" variant="teaser" title="Thirty civil servants spend a winter in Hong Kong" href="/a" />,
  <ArticleHighlight key="b" variant="teaser" title="Three months in the Development Office" href="/b" />,
  <ArticleHighlight key="c" variant="teaser" title="Six partner cities" href="/c" />,
];

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('TeaserList', () => {
  it('wraps each teaser in a list item of one list', () => {
    render(<TeaserList>{cards}</TeaserList>);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('UL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((item) => within(item).getByRole('article').getAttribute('aria-labelledby'))).toHaveLength(3);
    expect(within(items[1]!).getByRole('link', { name: 'Three months in the Development Office' })).toHaveAttribute('href', '/b');
  });

  it('keeps the order of the children and separate children as separate items', () => {
    render(
      <TeaserList>
        {cards[2]}
        {cards[0]}
        Plain text
      </TeaserList>,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Six partner cities', 'Thirty civil servants spend a winter in Hong Kong', 'Plain text']);
  });

  it('skips empty children and renders nothing, with a warning, when none is left', () => {
    const warn = warnSpy();
    const { container, rerender } = render(
      <TeaserList>
        {null}
        {false}
        {'   '}
        {cards[0]}
      </TeaserList>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    rerender(<TeaserList>{[null, '', undefined]}</TeaserList>);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it('takes the grid layout by default and the list layout on request', () => {
    const { rerender } = render(<TeaserList>{cards}</TeaserList>);
    expect(screen.getByRole('list')).toHaveClass('bh-teaser-list--grid');
    rerender(
      <TeaserList layout="list">
        <ArticleHighlight variant="compact" title="One" />
      </TeaserList>,
    );
    expect(screen.getByRole('list')).toHaveClass('bh-teaser-list--list');
    rerender(<TeaserList layout={'masonry' as never}>{cards}</TeaserList>);
    expect(screen.getByRole('list')).toHaveClass('bh-teaser-list--grid');
  });

  it('warns in development when an article does not use the variant of the layout', () => {
    const warn = warnSpy();
    render(
      <TeaserList layout="list">
        <ArticleHighlight variant="teaser" title="Card in a list" />
        <ArticleHighlight variant="compact" title="Right" />
      </TeaserList>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/list layout is made for ArticleHighlight variant="compact", but 1 of/));
    warn.mockRestore();
  });

  it('never throws on wrong-typed input', () => {
    const warn = warnSpy();
    for (const props of [{ children: 42, layout: 7 }, { children: [0, 'x', null], locale: {} }, { children: 10n }]) {
      const { unmount } = render(<TeaserList {...(props as unknown as TeaserListProps)} />);
      unmount();
    }
    warn.mockRestore();
  });
});
