// Real layout and Chromium's own accessibility tree (DevTools protocol, not a role engine in the
// page): at 1280 and 320 CSS px the page never scrolls sideways, the table scrolls inside its
// region, and screen readers are still given a table named by its caption with its column and row
// headers. Also: Tab reaches the region, the arrow keys scroll it, and paper shows the whole table.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { Table, type TableProps } from './Table.js';
import { fixtures } from './Table.fixtures.js';

type AxNode = Awaited<ReturnType<typeof commands.accessibilityTree>>[number];

const cities = fixtures.find((fixture) => fixture.name === 'gba-cities-en')!.props as TableProps;
// The same nine cities with more columns than 320 px can hold, so the region has to scroll.
const extra = ['Mainland city', 'In the Greater Bay Area', 'Partner of the 2024 programme', 'Participant’s home city'];
const wide: TableProps = {
  ...cities,
  columns: [...cities.columns, ...extra.map((label) => ({ label }))],
  rows: cities.rows.map(({ header, cells }) => ({ header, cells: [...cells, 'Yes', 'Yes', 'Yes', header === 'Shenzhen' ? 'Yes' : 'No'] })),
};

const all = (node: AxNode, role: string): AxNode[] => [...(node.role === role ? [node] : []), ...node.children.flatMap((child) => all(child, role))];
const first = (nodes: AxNode[], role: string, name: string) => nodes.flatMap((node) => all(node, role)).find((node) => node.name === name);

afterEach(async () => {
  await commands.emulateMedia({ media: null });
  await cleanup();
});
afterAll(() => page.viewport(1280, 800));

describe('Table in Chromium', () => {
  it('the tree check can fail: a grid of divs is no table', async () => {
    await render(
      <div role="region" aria-label="Not a table">
        <div>City</div>
        <div>Guangzhou</div>
      </div>,
    );
    const region = first(await commands.accessibilityTree(), 'region', 'Not a table');
    expect(region).toBeDefined();
    expect(all(region!, 'table')).toEqual([]);
  });

  it.each([1280, 320])('at %i px: no sideways page scroll, and a table with its headers in the accessibility tree', async (width) => {
    await page.viewport(width, 800);
    const screen = await render(<Table {...wide} />);
    const region = screen.container.querySelector('section')!;
    expect(sidewaysOverflow(document.documentElement), 'the page scrolls sideways').toBe(0);
    // At 320 px the table is wider than its region, which scrolls instead of the page.
    if (width === 320) expect(sidewaysOverflow(region)).toBeGreaterThan(0);

    const regionNode = first(await commands.accessibilityTree(), 'region', cities.caption);
    expect(regionNode, 'a region named by the caption').toBeDefined();
    const table = first([regionNode!], 'table', cities.caption);
    expect(table, 'a table named by the caption, inside the region').toBeDefined();
    expect(all(table!, 'columnheader').map((node) => node.name)).toEqual(wide.columns.map((column) => column.label));
    expect(all(table!, 'rowheader').map((node) => node.name)).toEqual(wide.rows.map((row) => row.header));
    expect(all(table!, 'row')).toHaveLength(wide.rows.length + 1);
    expect(all(table!, 'cell')).toHaveLength(wide.rows.length * (wide.columns.length - 1));
  });

  it('at 320 px, Tab reaches the region and ArrowRight scrolls it', async () => {
    await page.viewport(320, 800);
    const screen = await render(<Table {...wide} />);
    const region = screen.container.querySelector('section')!;
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(document.activeElement).toBe(region);
    expect(getComputedStyle(region).outlineStyle).not.toBe('none');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.poll(() => region.scrollLeft).toBeGreaterThan(0);
  });

  it('prints the whole table: nothing scrolls or is clipped on paper', async () => {
    await page.viewport(320, 800);
    const screen = await render(<Table {...wide} variant="zebra" />);
    await commands.emulateMedia({ media: 'print' });
    const region = screen.container.querySelector('section')!;
    expect(getComputedStyle(region).overflowX).toBe('visible');
    const row = screen.container.querySelector('tbody tr')!;
    expect(getComputedStyle(row).breakInside).toBe('avoid');
    expect(parseFloat(getComputedStyle(row).borderBottomWidth)).toBeGreaterThan(0);
  });
});
