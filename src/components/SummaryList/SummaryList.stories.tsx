import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { fixtureProps } from '../../fixtures/fixture.js';
import { SummaryList, type SummaryListRow } from './SummaryList.js';
import { fixtures } from './SummaryList.fixtures.js';

const change: Record<Locale, string> = { en: 'Change', 'zh-Hant': '更改', 'zh-Hans': '更改' };

/** The programme's facts in a language, each but the last (the partner cities) with a "Change" link. */
const withChangeLinks = (locale: Locale): SummaryListRow[] =>
  fixtureProps(fixtures, 'programme', locale).rows.map((row, index, rows) => ({ ...row, actions: index === rows.length - 1 ? undefined : [{ label: change[locale], href: `/placement/edit#row-${index}` }] }));

const meta = {
  title: 'Components/SummaryList',
  component: SummaryList,
  tags: ['!autodocs'],
  argTypes: { rows: { control: 'object' } },
  // The programme's facts in the story's language, unless the story passes its own rows.
  render: (args) => <SummaryList {...fixtureProps(fixtures, 'programme', args.locale)} {...args} />,
} satisfies Meta<typeof SummaryList>;

export default meta;
// Every arg optional: a story without rows takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof SummaryList>>;

/** The programme's key facts in the language of the toolbar. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [firstKey] = canvasElement.querySelectorAll('dt');
    const [firstValue] = canvasElement.querySelectorAll('dd');
    // Side by side on a wide container.
    await expect(firstValue!.getBoundingClientRect().left).toBeGreaterThan(firstKey!.getBoundingClientRect().right);
  },
};

export const English: Story = { args: { locale: 'en' } };

export const TraditionalChinese: Story = { args: { locale: 'zh-Hant' } };

export const SimplifiedChinese: Story = { args: { locale: 'zh-Hans' } };

/** Every "Change" link is named by its row: "Change Programme period". The values stay in one column. */
export const WithActions: Story = {
  args: { locale: 'en', rows: withChangeLinks('en') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Change Programme period' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Change Host office' })).toBeVisible();
    const values = [...canvasElement.querySelectorAll('dt + dd')].map((dd) => Math.round(dd.getBoundingClientRect().left));
    await expect(new Set(values).size).toBe(1);
  },
};

export const WithActionsTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', rows: withChangeLinks('zh-Hant') },
  play: async ({ canvasElement }) => {
    // Browsers treat the hidden (absolutely positioned) context as a block and may add a space to the name.
    const link = within(canvasElement).getByRole('link', { name: /^更改 ?交流期間$/ });
    await expect(link.textContent).toBe('更改交流期間');
  },
};

export const WithActionsSimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', rows: withChangeLinks('zh-Hans') },
};

/** Two actions on a row become a list; `visuallyHiddenContext` names them when the label alone would not. */
export const MultipleActions: Story = {
  args: {
    locale: 'en',
    rows: [
      { label: 'Host office', value: 'Greater Bay Area Development Office', actions: [{ label: 'Change', href: '/placement/office' }] },
      {
        label: 'Partner cities',
        value: 'Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area',
        actions: [
          { label: 'View', href: '/partners', visuallyHiddenContext: 'all partner cities' },
          { label: 'Change', href: '/partners/edit', visuallyHiddenContext: 'partner cities' },
        ],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('list')).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'View all partner cities' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Change partner cities' })).toBeVisible();
  },
};

/** Values may be elements: a list of cities, a link. */
export const RichValues: Story = {
  args: {
    locale: 'en',
    rows: [
      {
        label: 'Programme period',
        value: (
          <>
            From <time dateTime="2024-12">December 2024</time> to <time dateTime="2025-03">March 2025</time>
          </>
        ),
      },
      {
        label: 'Partner cities',
        value: (
          <>
            <p>Five Mainland cities:</p>
            <p>Beijing, Shanghai, Chongqing, Wuhan and Hangzhou</p>
            <p>and the Mainland cities of the Greater Bay Area.</p>
          </>
        ),
      },
      {
        label: 'More',
        value: (
          <a className="bh-link" href="/news/civil-service-exchange-2024">
            The 2024 programme in pictures
          </a>
        ),
      },
    ],
  },
};

/** In a 320 px column the rows stack: label, value, then actions. */
export const Narrow: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: { locale: 'zh-Hant', rows: withChangeLinks('zh-Hant') },
  play: async ({ canvasElement }) => {
    const [firstKey] = canvasElement.querySelectorAll('dt');
    const [firstValue] = canvasElement.querySelectorAll('dd');
    await expect(firstValue!.getBoundingClientRect().top).toBeGreaterThanOrEqual(firstKey!.getBoundingClientRect().bottom);
    await expect(Math.round(firstValue!.getBoundingClientRect().left)).toBe(Math.round(firstKey!.getBoundingClientRect().left));
  },
};

export const LongUnbrokenStrings: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    rows: [
      { label: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2), value: `https://www.example.gov.hk/${'civil-service-exchange-programme/'.repeat(8)}` },
      { label: '粵港澳大灣區發展辦公室'.repeat(4), value: '政制及內地事務局粵港澳大灣區發展辦公室'.repeat(10), actions: [{ label: 'Change', href: '/x' }] },
    ],
  },
};

/** An action with a `javascript:` URL is dropped; rows without a label are skipped. */
export const UnsafeActionDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    rows: [
      { label: 'Host office', value: 'Greater Bay Area Development Office', actions: [{ label: 'Change', href: 'javascript:alert(1)' }] },
      { label: '  ', value: 'A row without a label' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(canvasElement.querySelectorAll('dt')).toHaveLength(1);
  },
};

export const MarkupInText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', rows: [{ label: '<b>Office</b>', value: '<script>alert(1)</script>' }] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, b')).toBeNull();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args) => <SummaryList {...args} rows={withChangeLinks(resolveLocale(args.locale))} />,
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: DarkTheme.render,
};
