import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { SearchForm } from './SearchForm.js';

const searchPage: Record<Locale, string> = { en: '#en-search', 'zh-Hant': '#tc-search', 'zh-Hans': '#sc-search' };
const query: Record<Locale, string> = { en: 'Greater Bay Area', 'zh-Hant': '大灣區', 'zh-Hans': '大湾区' };
const labelOf: Record<Locale, string> = { en: 'Search this site', 'zh-Hant': '搜尋本網站', 'zh-Hans': '搜索本网站' };

const meta = {
  title: 'Components/SearchForm',
  component: SearchForm,
  tags: ['!autodocs'],
  args: { action: '' },
  // The search page of the story's language, unless the story sets its own.
  render: ({ action, ...args }) => <SearchForm {...args} action={action || searchPage[resolveLocale(args.locale)]} />,
  // Stories send nowhere: a submitted form would leave the story.
  decorators: [(Story) => <div onSubmitCapture={(event) => event.preventDefault()}>{Story()}</div>],
} satisfies Meta<typeof SearchForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The search page's own form: label above, the field and the Search button side by side. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const locale = resolveLocale(args.locale);
    const landmark = canvas.getByRole('search', { name: labelOf[locale] });
    await expect(landmark).toHaveAttribute('method', 'get');
    const field = within(landmark).getByRole('searchbox', { name: labelOf[locale] });
    await expect(field).toHaveAttribute('name', 'q');
    await expect(within(landmark).getByRole('button')).toHaveAttribute('type', 'submit');
  },
};

/** For the masthead: the label is read by screen readers, not shown. */
export const Compact: Story = {
  args: { variant: 'compact' },
  play: async ({ canvasElement, args }) => {
    const label = within(canvasElement).getByText(labelOf[resolveLocale(args.locale)]);
    await expect(label.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await expect(within(canvasElement).getByRole('searchbox')).toBeVisible();
  },
};

/** On the results page: the query already searched for, and a hidden field the search page needs. */
export const WithQuery: Story = {
  render: ({ action, ...args }) => {
    const locale = resolveLocale(args.locale);
    return <SearchForm {...args} action={action || searchPage[locale]} value={query[locale]} hiddenFields={{ scope: 'newsletter' }} />;
  },
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector('form')!;
    await expect(Object.fromEntries(new FormData(form))).toEqual({ scope: 'newsletter', q: query[resolveLocale(args.locale)] });
  },
};

/** A `javascript:` action would run when the form is sent: nothing is rendered. */
export const UnsafeAction: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { action: 'javascript:alert(document.cookie)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('search')).toBeNull();
  },
};

/** A 10,000-character query stays inside its field. */
export const LongQuery: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { value: 'Civil Service Exchange Programme '.repeat(320).slice(0, 10_000) },
};

/** At 320 px the field shrinks beside its button; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { labels: { label: 'Search the Example Exchange Office’s newsletters and notices' } },
  parameters: { narrow: true },
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole('search');
    await expect(within(form).getByRole('button').getBoundingClientRect().right).toBeLessThanOrEqual(form.getBoundingClientRect().right + 0.5);
  },
};

/** A right-to-left override in the query stays inside the field. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { value: 'exchange \u202Emargorp\u202C 2025' },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Default,
  globals: { theme: 'high-contrast' },
};
