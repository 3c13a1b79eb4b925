import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import { locales, resolveLocale, type Locale } from '../../i18n/locale.js';
import { ContentsList, type ContentsItem, type ContentsListProps } from './index.js';

const themes: Record<Locale, [string, string, string]> = {
  en: ['Innovation and technology', 'Finance', 'The civil service'],
  'zh-Hant': ['創新科技', '金融', '公務員隊伍'],
  'zh-Hans': ['创新科技', '金融', '公务员队伍'],
};

/** The reference article's contents, the reflection with its three themes as subsections. */
function contents(locale: Locale): ContentsItem[] {
  const { participant, reflection, partners } = newsletterIssue[locale].sections;
  const [innovation, finance, civilService] = themes[locale];
  return [
    { label: participant.heading, id: participant.id },
    {
      label: reflection.heading,
      id: reflection.id,
      items: [
        { label: innovation, id: 'innovation' },
        { label: finance, id: 'finance' },
        { label: civilService, id: 'civil-service' },
      ],
    },
    { label: partners.heading, id: partners.id },
  ];
}

const english = contents('en');

/** Stories that keep the English demo items follow the language toolbar. */
const Localised = ({ items, ...args }: ContentsListProps) => (
  <ContentsList {...args} items={items === english ? contents(resolveLocale(args.locale)) : items} />
);

const meta = {
  title: 'Components/ContentsList',
  component: ContentsList,
  tags: ['!autodocs'],
  // Declared, so the language toolbar reaches the stories (and their text follows it) in tests too.
  argTypes: { locale: { control: 'inline-radio', options: [...locales] } },
  args: { items: english, current: 'reflection' },
  render: (args) => <Localised {...args} />,
} satisfies Meta<typeof ContentsList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The reference article's three sections, the reflection's themes nested, the reflection current. */
export const Default: Story = {};

/** A subsection can be the current one. */
export const NestedCurrent: Story = {
  args: { current: 'finance' },
  play: async ({ canvasElement }) => {
    const current = canvasElement.querySelectorAll('[aria-current]');
    await expect(current).toHaveLength(1);
    await expect(current[0]?.getAttribute('href')).toBe('#finance');
  },
};

/** Nothing current: for a list at the top of the article, before any section. */
export const NothingCurrent: Story = {
  args: { current: undefined },
};

/** The title as a heading, for pages where readers move by heading. */
export const TitleAsHeading: Story = {
  args: { headingLevel: 2 },
};

/** The title replaced through `labels`; it names the `nav` too. */
export const OwnTitle: Story = {
  args: { labels: { label: 'On this page' } },
};

/** Flat list, no subsections. */
export const Flat: Story = {
  args: { items: english.map(({ label, id }) => ({ label, id })), current: 'partners' },
};

const longEnglishWord = 'Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';

/** Long labels, long words and unbroken Chinese wrap inside the list. */
export const LongLabels: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    items: [
      { label: 'Civil service exchange '.repeat(435).slice(0, 10_000), id: 'long' },
      { label: longEnglishWord, id: 'word' },
      { label: '粵港澳大灣區發展辦公室'.repeat(20), id: 'chinese' },
    ],
    current: 'word',
  },
  // The unbroken Chinese run in the script of the toolbar's language.
  render: ({ items, ...args }) => (
    <ContentsList {...args} items={resolveLocale(args.locale) === 'zh-Hans' ? items.map((item) => (item.id === 'chinese' ? { ...item, label: '粤港澳大湾区发展办公室'.repeat(20) } : item)) : items} />
  ),
  play: async ({ canvasElement }) => {
    const nav = canvasElement.querySelector('nav')!;
    await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
  },
};

/** Entries without a label or a usable id are skipped (and warned about in development). */
export const InvalidItemsSkipped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    items: [null, { label: 'No id', id: '' }, { label: 'Spaces in id', id: 'two words' }, { label: '', id: 'empty' }, ...english.slice(0, 2)] as never,
    current: 'participant',
  },
};

/** With no usable items, nothing renders. */
export const Empty: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { items: [] },
  render: (args) => (
    <div>
      <p>The contents list below has no items, so it renders nothing.</p>
      <ContentsList {...args} />
    </div>
  ),
};

/** In a 320 px column. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};
