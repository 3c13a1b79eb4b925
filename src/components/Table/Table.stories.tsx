import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { Table, type TableProps } from './Table.js';
import { fixtures } from './Table.fixtures.js';

const byLocale: Record<Locale, string> = { en: 'gba-cities-en', 'zh-Hant': 'gba-cities-zh-hant', 'zh-Hans': 'gba-cities-zh-hans' };
const cityTable = (locale: Locale): TableProps =>
  (fixtures.find((fixture) => fixture.name === byLocale[locale])?.props as TableProps | undefined) ?? {
    // Simplified Chinese: the Traditional fixture's cities, headed in Simplified Chinese.
    ...(fixtures[1]!.props as TableProps),
    locale: 'zh-Hans',
    caption: '大湾区内地城市',
    columns: [{ label: '城市' }, { label: '英文', lang: 'en' }, { label: '繁体中文', lang: 'zh-Hant' }],
    rows: (fixtures[0]!.props as TableProps).rows.map(({ header, cells }) => ({ header: cells[1], cells: [header, cells[0]] })),
  };

const groups: Record<Locale, Pick<TableProps, 'caption' | 'columns' | 'rows'>> = {
  en: {
    caption: 'Partner cities of the 2024 programme',
    columns: [{ label: 'Group' }, { label: 'Cities', numeric: true }],
    rows: [
      { header: 'Mainland cities of the Greater Bay Area', cells: [9] },
      { header: 'Municipalities and provincial capitals', cells: [5] },
      { header: 'Total', cells: [14] },
    ],
  },
  'zh-Hant': {
    caption: '2024年交流計劃的合作城市',
    columns: [{ label: '類別' }, { label: '城市數目', numeric: true }],
    rows: [
      { header: '大灣區內地城市', cells: [9] },
      { header: '直轄市及省會城市', cells: [5] },
      { header: '合計', cells: [14] },
    ],
  },
  'zh-Hans': fixtures[2]!.props as TableProps,
};

const meta = {
  title: 'Components/Table',
  component: Table,
  tags: ['!autodocs'],
  args: {} as TableProps,
  argTypes: {
    columns: { control: 'object' },
    rows: { control: 'object' },
  },
  render: (args) => <Table {...cityTable(resolveLocale(args.locale))} {...args} />,
} satisfies Meta<typeof Table>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The nine Mainland cities of the Greater Bay Area in the language of the toolbar, ruled. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(9);
  },
};

/** Zebra rows and a numeric column, end-aligned. */
export const Numeric: Story = {
  args: { variant: 'zebra' },
  render: (args) => <Table {...groups[resolveLocale(args.locale)]} {...args} />,
  play: async ({ canvasElement }) => {
    const [, figures] = within(canvasElement).getAllByRole('columnheader');
    await expect(getComputedStyle(figures!).textAlign).toBe('end');
  },
};

/** Links in cells, given as elements. */
export const LinksInCells: Story = {
  args: {
    locale: 'en',
    caption: 'Where the 2024 participants worked',
    columns: [{ label: 'Home city' }, { label: 'Host office' }, { label: 'Length', numeric: true }],
    rows: [
      {
        header: 'Shenzhen',
        cells: [
          <a key="o" className="bh-link" href="/en/offices/gbado/">
            Greater Bay Area Development Office
          </a>,
          '3 months',
        ],
      },
      { header: 'Beijing', cells: ['Bureaux across the HKSAR Government', '4 weeks'] },
    ],
  },
};

/** Twelve columns: wider than any phone, so the table scrolls inside its region. */
const twelve: Pick<TableProps, 'caption' | 'columns' | 'rows'> = {
  caption: 'Participants by month and group (demo figures)',
  columns: [{ label: 'Group' }, ...['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'].map((label) => ({ label, numeric: true }))],
  rows: [
    { header: 'Greater Bay Area', cells: [8, 9, 9, 7, 0, 0, 0, 0, 0, 0, 0] },
    { header: 'Municipalities and provincial capitals', cells: [12, 21, 21, 15, 0, 0, 0, 0, 0, 0, 0] },
  ],
};

/**
 * At 320 px the page does not scroll sideways: the table scrolls inside its region, which is named
 * by the caption and reached with Tab, then scrolled with the arrow keys.
 */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', ...twelve },
  parameters: { narrow: true },
  // The region scrolls sideways by design; the preview checks the column and what stands at its top,
  // so the region stands one box further in, as a table in Prose does.
  render: (args) => (
    <div>
      <Table {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: twelve.caption });
    await expect(sidewaysOverflow(region)).toBeGreaterThan(0);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    await expect(document.activeElement).toBe(region);
  },
};

export const WideTwelveColumns: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'zebra', ...twelve },
};

/** Long words wrap between words in their cells, and long numbers stay on one line. */
export const LongCells: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    caption: 'Long text in cells',
    columns: [{ label: 'Office' }, { label: 'Description' }, { label: 'Budget (HK$)', numeric: true }],
    rows: [
      {
        header: 'Guangdong-Hong Kong-Macao Greater Bay Area Development Office',
        cells: ['Constitutional and Mainland Affairs Bureau '.repeat(6), 10_000_000_000],
      },
      { header: '粵港澳大灣區發展辦公室'.repeat(3), cells: ['政制及內地事務局'.repeat(10), 1234567.891] },
    ],
  },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 480, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};

/** Rows with more or fewer cells than columns are rendered as given (and warned about in development). */
export const RaggedRows: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    caption: 'Ragged rows',
    columns: [{ label: 'City' }, { label: 'Traditional Chinese' }, { label: 'Simplified Chinese' }],
    rows: [{ header: 'Guangzhou', cells: ['廣州'] }, { header: 'Shenzhen', cells: ['深圳', '深圳', 'extra'] }, { cells: ['No header', '—'] }],
  },
};

/** Empty cells stay empty; a missing row header leaves an empty first cell. */
export const EmptyCells: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    caption: '空白儲存格',
    columns: [{ label: '城市' }, { label: '英文' }, { label: '數目', numeric: true }],
    rows: [
      { header: '廣州', cells: ['', 3] },
      { cells: ['Shenzhen', ''] },
    ],
  },
};

/** A right-to-left override pasted into a cell stays in that cell. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    caption: 'Override in a cell',
    columns: [{ label: 'City' }, { label: 'Note' }, { label: 'Count', numeric: true }],
    rows: [{ header: 'Shenzhen', cells: ['\u202eHost office', 3] }],
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };
export const HighContrastTheme: Story = { ...Numeric, globals: { theme: 'high-contrast' } };
