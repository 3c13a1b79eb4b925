import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { TagList, type TagListItem, type TagListProps } from './TagList.js';

const paths: Record<Locale, string> = { en: '/en', 'zh-Hant': '/tc', 'zh-Hans': '/sc' };
const names: Record<Locale, [string, string, string]> = {
  en: ['Civil Service Exchange Programme', 'Greater Bay Area', 'Highlights'],
  'zh-Hant': ['公務員交流計劃', '大灣區', '精選'],
  'zh-Hans': ['公务员交流计划', '大湾区', '精选'],
};
const slugs = ['civil-service-exchange', 'greater-bay-area', 'highlights'];

/** The topics of the reference feature, linked, in one language. */
const topics = (locale: Locale): TagListItem[] => names[locale].map((label, index) => ({ label, href: `${paths[locale]}/topics/${slugs[index]}/` }));

const withTopics = (args: TagListProps): TagListProps => ({ ...args, items: args.items ?? topics(resolveLocale(args.locale)) });

const meta = {
  title: 'Components/TagList',
  component: TagList,
  tags: ['!autodocs'],
  args: {} as TagListProps,
  argTypes: { items: { control: 'object' } },
  render: (args) => <TagList {...withTopics(args)} />,
} satisfies Meta<typeof TagList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The topics of the feature in the language of the toolbar, after the label "Topics". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    await expect(within(list).getAllByRole('link')).toHaveLength(3);
    // The list is named by the visible label.
    await expect(list.getAttribute('aria-labelledby')).toBe(canvasElement.querySelector('.bh-tag-list__label')!.id);
  },
};

/** The label read by screen readers only: for tags whose purpose the page already makes plain. */
export const HiddenLabel: Story = {
  args: { locale: 'zh-Hans', hideLabel: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: '主题' })).toBeInTheDocument();
  },
};

/** A label of the site's own. */
export const OwnLabel: Story = { args: { locale: 'en', label: 'In this article' } };

/** A `javascript:` URL is dropped: that tag is plain text, the others stay links. */
export const UnsafeHref: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', items: [{ label: 'Greater Bay Area', href: 'javascript:alert(1)' }, { label: 'Highlights', href: '/en/topics/highlights/' }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(1);
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Twenty tags in a 320 px column wrap onto lines; nothing scrolls sideways. */
export const TwentyTags320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    items: Array.from({ length: 20 }, (_, index) => ({ label: `${names['zh-Hant'][index % 3]}${index + 1}`, href: `/tc/topics/${index + 1}/` })),
  },
  parameters: { narrow: true },
};

/** A right-to-left override pasted into one tag leaves the others in order. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', items: [{ label: '\u202eGreater Bay Area' }, { label: 'Highlights' }] },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };
export const HighContrastTheme: Story = { globals: { theme: 'high-contrast' } };
