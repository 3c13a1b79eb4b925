import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { SummaryList, type SummaryListProps, type SummaryListRow } from './index.js';

const rows: SummaryListRow[] = [
  { label: 'Programme period', value: 'December 2024 to March 2025', actions: [{ label: 'Change', href: '/edit/period' }] },
  { label: 'Host office', value: 'Greater Bay Area Development Office' },
];

describe('SummaryList', () => {
  it('pairs each label with its value in a row of a description list', () => {
    const { container } = render(<SummaryList rows={rows} />);
    const list = container.querySelector('dl')!;
    const terms = within(list).getAllByRole('term');
    const definitions = within(list).getAllByRole('definition');
    expect(terms.map((t) => t.textContent)).toEqual(['Programme period', 'Host office']);
    // Each row is a div holding its dt and dd elements: the pairing survives in the markup.
    for (const term of terms) expect(term.parentElement!.tagName).toBe('DIV');
    expect(terms[0]!.parentElement).toBe(definitions[0]!.parentElement);
    expect(definitions[0]).toHaveTextContent('December 2024 to March 2025');
  });

  it('names each action by its row: the label, then hidden context', () => {
    render(<SummaryList rows={rows} />);
    const change = screen.getByRole('link', { name: 'Change Programme period' });
    expect(change).toHaveAttribute('href', '/edit/period');
    expect(within(change).getByText('Programme period')).toHaveClass('bh-visually-hidden');
    expect(change.closest('dd')).not.toBe(screen.getByText('December 2024 to March 2025'));
  });

  it('joins a Chinese action and its context without a space', () => {
    render(<SummaryList locale="zh-Hant" rows={[{ label: '交流期間', value: '三個月', actions: [{ label: '更改', href: '/tc/edit' }] }]} />);
    expect(screen.getByRole('link', { name: '更改交流期間' })).toBeInTheDocument();
  });

  it('uses visuallyHiddenContext when given', () => {
    render(<SummaryList rows={[{ label: 'Partner cities', value: 'Six', actions: [{ label: 'View', href: '/p', visuallyHiddenContext: 'all partner cities' }] }]} />);
    expect(screen.getByRole('link', { name: 'View all partner cities' })).toBeInTheDocument();
  });

  it('lists two or more actions, and keeps a single one as a plain link', () => {
    render(
      <SummaryList
        rows={[
          { label: 'A', value: 'a', actions: [{ label: 'Change', href: '/a' }] },
          { label: 'B', value: 'b', actions: [{ label: 'View', href: '/b' }, { label: 'Change', href: '/b/edit' }] },
        ]}
      />,
    );
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['View B', 'Change B']);
    expect(screen.getByRole('link', { name: 'Change A' }).closest('ul')).toBeNull();
  });

  it('marks the list when any row has actions, so every row keeps the actions column', () => {
    const { container, rerender } = render(<SummaryList rows={rows} />);
    expect(container.querySelector('dl')).toHaveClass('bh-summary-list--with-actions');
    rerender(<SummaryList rows={[rows[1]!]} />);
    expect(container.querySelector('dl')).not.toHaveClass('bh-summary-list--with-actions');
  });

  it('drops actions with an unsafe URL or no label, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <SummaryList
        rows={[{ label: 'Office', value: 'x', actions: [...unsafeUrls.map((href) => ({ label: 'Change', href })), { label: ' ', href: '/ok' }] }]}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('dl')).not.toHaveClass('bh-summary-list--with-actions');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('renders values given as elements', () => {
    render(
      <SummaryList
        rows={[
          {
            label: 'Programme period',
            value: (
              <>
                <time dateTime="2024-12">December 2024</time> to <time dateTime="2025-03">March 2025</time>
              </>
            ),
          },
        ]}
      />,
    );
    expect(screen.getByRole('definition')).toHaveTextContent('December 2024 to March 2025');
    expect(screen.getByText('December 2024').tagName).toBe('TIME');
  });

  it('skips rows without a usable label, and renders nothing (with a warning) when none is left', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<SummaryList rows={[{ label: '  ', value: 'x' }, rows[1]!]} />);
    expect(screen.getAllByRole('term')).toHaveLength(1);
    rerender(<SummaryList rows={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/skipped 1 of the `rows`/),
      expect.stringMatching(/rendered nothing/),
    ]);
    warn.mockRestore();
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { rows: 'rows' },
      { rows: null },
      { rows: [null, 7, 'x', { label: 5, value: { a: 1 } }] },
      { rows: [{ label: 'L', value: [Symbol('s'), () => 'f', { b: 2 }, 'text', 3, new Date(0)], actions: 'change' }] },
      { rows: [{ label: 'L', actions: [null, { label: {}, href: 5 }, { label: 'Change', href: '/x', visuallyHiddenContext: {} }] }] },
    ];
    for (const props of hostile) {
      const { unmount } = render(<SummaryList {...(props as unknown as SummaryListProps)} />);
      unmount();
    }
    render(<SummaryList {...({ rows: [{ label: 'L', value: [{ b: 2 }, 'text', 3], actions: [{ label: 'Change', href: '/x', visuallyHiddenContext: {} }] }] } as unknown as SummaryListProps)} />);
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent(/^text3$/);
    expect(screen.getByRole('link', { name: 'Change L' })).toBeInTheDocument();
    warn.mockRestore();
  });
});
