import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Table, type TableProps } from './index.js';
import { tableModel } from './Table.model.js';

const cities: TableProps = {
  caption: 'The Mainland cities of the Greater Bay Area',
  columns: [{ label: 'City' }, { label: 'Traditional Chinese', lang: 'zh-Hant' }, { label: 'Participants', numeric: true }],
  rows: [
    { header: 'Guangzhou', cells: ['廣州', 1234.5] },
    { header: 'Shenzhen', cells: ['深圳', 1] },
  ],
};

describe('Table', () => {
  it('is a table named by its caption, in a focusable region named by the caption too', () => {
    render(<Table {...cities} />);
    const region = screen.getByRole('region', { name: cities.caption });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('bh-component', 'bh-table', 'bh-table--ruled', 'bh-focusable');
    const table = within(region).getByRole('table', { name: cities.caption });
    expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')!.id);
  });

  it('heads columns and rows with scope', () => {
    render(<Table {...cities} />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['City', 'Traditional Chinese', 'Participants']);
    for (const th of headers) expect(th).toHaveAttribute('scope', 'col');
    const rowHeaders = screen.getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.textContent)).toEqual(['Guangzhou', 'Shenzhen']);
    for (const th of rowHeaders) expect(th).toHaveAttribute('scope', 'row');
    expect(screen.getByRole('cell', { name: '廣州' })).toHaveAttribute('lang', 'zh-Hant');
  });

  it('aligns numeric columns and formats figures with grouping in every locale', () => {
    for (const locale of ['en', 'zh-Hant', 'zh-Hans']) {
      const { unmount } = render(<Table {...cities} locale={locale} />);
      const figure = screen.getByRole('cell', { name: '1,234.5' });
      expect(figure).toHaveClass('bh-table__cell', 'bh-table__cell--numeric');
      expect(screen.getByRole('columnheader', { name: 'Participants' })).toHaveClass('bh-table__header--numeric');
      expect(screen.getByRole('cell', { name: '廣州' })).not.toHaveClass('bh-table__cell--numeric');
      unmount();
    }
  });

  it('takes the zebra variant, and the default for an unknown one', () => {
    const { rerender } = render(<Table {...cities} variant="zebra" />);
    expect(screen.getByRole('region')).toHaveClass('bh-table--zebra');
    rerender(<Table {...cities} variant={'dotted' as 'zebra'} />);
    expect(screen.getByRole('region')).toHaveClass('bh-table--ruled');
  });

  it('renders elements in cells, keeps empty cells, and gives rows without a header an empty first cell', () => {
    render(
      <Table
        caption="Offices"
        columns={[{ label: 'City' }, { label: 'Office' }]}
        rows={[
          {
            header: 'Shenzhen',
            cells: [
              <a key="a" href="/o/">
                Office
              </a>,
            ],
          },
          { cells: [''] },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Office' })).toHaveAttribute('href', '/o/');
    const [, second] = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(within(second!).queryByRole('rowheader')).toBeNull();
    expect(within(second!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['', '']);
  });

  it('has no row headers when no row has one', () => {
    render(<Table caption="Cities" columns={[{ label: 'City' }, { label: 'Name' }]} rows={[{ cells: ['Zhuhai', '珠海'] }]} />);
    expect(screen.queryByRole('rowheader')).toBeNull();
    expect(screen.getAllByRole('cell')).toHaveLength(2);
  });

  it('warns about ragged rows, blank headers and figures that are not finite', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Table caption="Cities" columns={[{ label: ' ' }, { label: 'N', numeric: true }]} rows={[{ header: '  ', cells: [Number.NaN, 2] }]} />);
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/`columns\[\]\.label` shows nothing/),
        expect.stringMatching(/a row with 2 cells for 1 columns/),
        expect.stringMatching(/`rows\[\]\.header` shows nothing/),
        expect.stringMatching(/holds NaN/),
      ]),
    );
    // The blank column header and row header are empty data cells, not empty headers.
    expect(screen.getAllByRole('columnheader')).toHaveLength(1);
    expect(screen.queryByRole('rowheader')).toBeNull();
    warn.mockRestore();
  });

  it('renders nothing without a caption, columns or rows', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [{ ...cities, caption: ' ' }, { ...cities, columns: [] }, { ...cities, rows: [] }]) {
      const { container, unmount } = render(<Table {...props} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Table: rendered nothing/));
    warn.mockRestore();
  });

  it('uses the caller’s captionId, forwards the ref and passes DOM props through', () => {
    const ref = createRef<HTMLElement>();
    render(<Table ref={ref} {...cities} captionId="cities" locale="sc" className="site-table" data-testid="t" />);
    const root = screen.getByTestId('t');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('aria-labelledby', 'cities');
    expect(root).toHaveAttribute('lang', 'zh-Hans');
    expect(root).toHaveClass('site-table');
  });

  it('never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { caption: 'c', columns: 'x', rows: [] },
      { caption: 'c', columns: [null, 5, { label: {} }], rows: [null, 'x', { cells: 'abc' }, { header: {}, cells: [{}, [[{ a: 1 }], 'kept'], Symbol('s'), () => 1] }] },
      { caption: 5, columns: [{ label: 'a', lang: 7, numeric: 'yes' }], rows: [{ cells: [Infinity] }], variant: {} },
    ];
    for (const props of hostile) {
      const { unmount } = render(<Table {...(props as unknown as TableProps)} />);
      unmount();
    }
    render(<Table {...(hostile[1] as unknown as TableProps)} />);
    expect(screen.getByRole('table')).toHaveTextContent('kept');
    warn.mockRestore();
  });
});

describe('tableModel', () => {
  it('decides headers, cells and their formatting without React', () => {
    const model = tableModel(cities, 'c1')!;
    expect(model.caption).toBe(cities.caption);
    expect(model.root['aria-labelledby']).toBe('c1');
    expect(model.columns).toEqual([
      { label: 'City', numeric: false, lang: undefined },
      { label: 'Traditional Chinese', numeric: false, lang: 'zh-Hant' },
      { label: 'Participants', numeric: true, lang: undefined },
    ]);
    expect(model.rowHeaders).toBe(true);
    expect(model.rows[0]).toEqual({
      header: { text: 'Guangzhou', content: 'Guangzhou', numeric: false, lang: undefined },
      cells: [
        { text: '廣州', content: '廣州', numeric: false, lang: 'zh-Hant' },
        { text: '1,234.5', content: 1234.5, numeric: true, lang: undefined },
      ],
    });
  });

  it('decides which rows have a header cell: none for a blank or missing header', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const model = tableModel({ ...cities, rows: [{ header: ' ', cells: ['a', 1] }, { cells: ['b', 2] }, { header: 3, cells: ['c', 3] }] }, 'c1')!;
    expect(model.rows.map((row) => row.header?.text)).toEqual([undefined, undefined, '3']);
    warn.mockRestore();
  });
});
