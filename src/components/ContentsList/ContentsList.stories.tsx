import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { resolveLocale } from '../../i18n/locale.js';
import { ContentsList } from './index.js';
import { fixtures } from './ContentsList.fixtures.js';

const meta = {
  title: 'Components/ContentsList',
  component: ContentsList,
  tags: ['!autodocs'],
  // The article's contents in the story's language, under the story's own args.
  render: (args) => <ContentsList {...fixtureProps(fixtures, 'article', args.locale)} {...args} />,
} satisfies Meta<typeof ContentsList>;

export default meta;
// Every arg optional: a story without content takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof ContentsList>>;

/** An article's three sections, the reflection's themes nested, the reflection current, in the Language toolbar's language. */
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
  args: fixtureProps(fixtures, 'article-zh-hant-nested-heading'),
};

/** The title replaced through `labels`; it names the `nav` too. */
export const OwnTitle: Story = {
  args: fixtureProps(fixtures, 'article-zh-hans-own-title'),
};

/** Flat list, no subsections. */
export const Flat: Story = {
  render: (args) => {
    const contents = fixtureProps(fixtures, 'article', args.locale);
    return <ContentsList {...contents} {...args} items={contents.items.map(({ label, id }) => ({ label, id }))} current="partners" />;
  },
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
};

/** Entries without a label or a usable id are skipped (and warned about in development). */
export const InvalidItemsSkipped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    items: [null, { label: 'No id', id: '' }, { label: 'Spaces in id', id: 'two words' }, { label: '', id: 'empty' }, ...fixtureProps(fixtures, 'article-en').items.slice(0, 2)] as never,
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
  parameters: { narrow: true },
};
