import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { fixtures as articleFixtures } from '../ArticleHighlight/ArticleHighlight.fixtures.js';
import { RevisionDates } from './index.js';
import { fixtures } from './RevisionDates.fixtures.js';

/** The shown date of each <time>, with its machine value. */
const times = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll('time')].map((t) => [t.textContent, t.getAttribute('datetime')]);

const meta = {
  title: 'Components/RevisionDates',
  component: RevisionDates,
  tags: ['!autodocs'],
} satisfies Meta<typeof RevisionDates>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both dates, in the Language toolbar's language. */
export const Default: Story = {
  render: (args) => <RevisionDates {...fixtureProps(fixtures, 'dates', args.locale)} {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term')).toHaveLength(2);
    await expect(times(canvasElement).map(([, machine]) => machine)).toEqual(['2025-07-14', '2025-07-31']);
  },
};

export const English: Story = {
  args: fixtureProps(fixtures, 'dates-en'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('term').map((t) => t.textContent)).toEqual(['Last revision date', 'Review date']);
    await expect(times(canvasElement)).toEqual([
      ['14 July 2025', '2025-07-14'],
      ['31 July 2025', '2025-07-31'],
    ]);
  },
};

export const TraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'dates-zh-hant'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['修訂日期', '覆檢日期']);
    await expect(times(canvasElement)[0]).toEqual(['2025年7月14日', '2025-07-14']);
  },
};

export const SimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'dates-zh-hans'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['修订日期', '复检日期']);
  },
};

/** Many pages show the revision date alone. */
export const RevisionDateOnly: Story = {
  args: fixtureProps(fixtures, 'dates-zh-hant-revision-only'),
  play: async ({ canvasElement }) => {
    await expect(times(canvasElement)).toEqual([['2025年7月14日', '2025-07-14']]);
  },
};

/** Instants are shown on their day in Hong Kong: 16:30 UTC on 31 December is 1 January there. */
export const Instants: Story = {
  args: fixtureProps(fixtures, 'dates-zh-hans-instants'),
  play: async ({ canvasElement }) => {
    await expect(times(canvasElement)).toEqual([
      ['2025年7月14日', '2025-07-14T09:30:00+08:00'],
      ['2026年1月1日', '2025-12-31T16:30:00Z'],
    ]);
  },
};

/** The site's own wording for the labels. */
export const OwnLabels: Story = {
  args: fixtureProps(fixtures, 'dates-en-own-labels'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['Page last updated', 'Page last reviewed']);
  },
};

/** At the end of an article's content, where some pages show their dates instead of in the footer. */
export const EndOfContent: Story = {
  render: (args) => {
    // The feature's words alone: no image, date or link of its own.
    const { kicker, title, lead, children } = fixtureProps(articleFixtures, 'feature', args.locale);
    return (
      <ArticleHighlight locale={args.locale} kicker={kicker} title={title} lead={lead}>
        {children}
        <RevisionDates {...fixtureProps(fixtures, 'dates', args.locale)} {...args} />
      </ArticleHighlight>
    );
  },
  play: async ({ canvasElement }) => {
    const article = within(canvasElement).getByRole('article');
    await expect(within(article).getAllByRole('term')).toHaveLength(2);
  },
};

/** An invalid date is left out (with a warning in development); the valid one stays. */
export const InvalidDate: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...fixtureProps(fixtures, 'dates-en'), revisionDate: '14/07/2025' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['Review date']);
  },
};

/** With no valid date nothing is rendered (and development warns). */
export const NoDates: Story = {
  args: { revisionDate: undefined, reviewDate: 'not a date' },
  render: (args) => (
    <div>
      <p>The dates below have no valid value, so nothing is rendered.</p>
      <RevisionDates {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('dl')).toBeNull();
  },
};

/** Long labels wrap inside a 320px column, and the two dates stand one under the other. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: { ...fixtureProps(fixtures, 'dates-en'), labels: { revisionDate: 'This page was last revised on', reviewDate: 'Its content was last reviewed for accuracy on' } },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Default,
  globals: { theme: 'high-contrast' },
};
