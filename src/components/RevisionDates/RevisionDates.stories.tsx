import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import type { Locale } from '../../i18n/locale.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { RevisionDates } from './index.js';

const localeOf = (locale: unknown): Locale => (locale === 'zh-Hant' || locale === 'zh-Hans' ? locale : 'en');

/** The shown date of each <time>, with its machine value. */
const times = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll('time')].map((t) => [t.textContent, t.getAttribute('datetime')]);

const meta = {
  title: 'Components/RevisionDates',
  component: RevisionDates,
  tags: ['!autodocs'],
  args: { revisionDate: '2025-07-14', reviewDate: '2025-07-31' },
} satisfies Meta<typeof RevisionDates>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both dates, in the page's language. */
export const Default: Story = {
  // The locale toolbar reaches the args in Storybook; portable stories (the visual tests) read it from the globals.
  render: ({ locale, ...args }, { globals }) => <RevisionDates locale={locale ?? (globals.locale as string | undefined)} {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term')).toHaveLength(2);
    await expect(times(canvasElement).map(([, machine]) => machine)).toEqual(['2025-07-14', '2025-07-31']);
  },
};

export const English: Story = {
  args: { locale: 'en' },
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
  args: { locale: 'zh-Hant' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['修訂日期', '覆檢日期']);
    await expect(times(canvasElement)[0]).toEqual(['2025年7月14日', '2025-07-14']);
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['修订日期', '复检日期']);
  },
};

/** Many pages show the revision date alone. */
export const RevisionDateOnly: Story = {
  args: { locale: 'zh-Hant', reviewDate: undefined },
  play: async ({ canvasElement }) => {
    await expect(times(canvasElement)).toEqual([['2025年7月14日', '2025-07-14']]);
  },
};

/** Instants are shown on their day in Hong Kong: 16:30 UTC on 31 December is 1 January there. */
export const Instants: Story = {
  args: { locale: 'en', revisionDate: '2025-07-14T09:30:00+08:00', reviewDate: '2025-12-31T16:30:00Z' },
  play: async ({ canvasElement }) => {
    await expect(times(canvasElement)).toEqual([
      ['14 July 2025', '2025-07-14T09:30:00+08:00'],
      ['1 January 2026', '2025-12-31T16:30:00Z'],
    ]);
  },
};

/** The site's own wording for the labels. */
export const OwnLabels: Story = {
  args: { locale: 'en', labels: { revisionDate: 'Page last updated', reviewDate: 'Page last reviewed' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['Page last updated', 'Page last reviewed']);
  },
};

/** At the end of an article's content, where some pages show their dates instead of in the footer. */
export const EndOfContent: Story = {
  render: ({ locale: localeArg, ...args }, { globals }) => {
    const locale = localeArg ?? (globals.locale as string | undefined);
    const { article } = exchangeProgramme[localeOf(locale)];
    return (
      <ArticleHighlight locale={locale} kicker={article.kicker} title={article.title} lead={article.lead}>
        {article.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <RevisionDates locale={locale} {...args} />
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
  args: { locale: 'en', revisionDate: '14/07/2025' },
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
  args: { locale: 'en', labels: { revisionDate: 'This page was last revised on', reviewDate: 'Its content was last reviewed for accuracy on' } },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('dl')!;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Default,
  globals: { theme: 'high-contrast' },
};
