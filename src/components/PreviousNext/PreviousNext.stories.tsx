import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { resolveLocale } from '../../i18n/locale.js';
import { PreviousNext } from './index.js';
import { fixtures } from './PreviousNext.fixtures.js';

const meta = {
  title: 'Components/PreviousNext',
  component: PreviousNext,
  tags: ['!autodocs'],
  // The neighbours of an article in the story's language, under the story's own args.
  render: (args) => <PreviousNext {...fixtureProps(fixtures, 'both', args.locale)} {...args} />,
} satisfies Meta<typeof PreviousNext>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The previous and next article of the issue, each with its title, in the Language toolbar's language. */
export const Default: Story = {};

/** The first article of an issue has only a next article. */
export const OnlyNext: Story = {
  args: { previous: undefined },
};

/** The last article has only a previous one. */
export const OnlyPrevious: Story = {
  args: { next: undefined },
};

/** Without titles, the links read "Previous article" and "Next article". */
export const WithoutTitles: Story = {
  render: (args) => {
    const { previous, next } = fixtureProps(fixtures, 'both', args.locale);
    return <PreviousNext {...args} previous={{ href: previous!.href }} next={{ href: next!.href }} />;
  },
};

const longEnglishWord = 'Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';

/** Long titles, long words and unbroken Chinese wrap inside the links. */
export const LongTitles: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    previous: { href: '/a', title: 'Civil service exchange '.repeat(435).slice(0, 10_000) },
    next: { href: '/b', title: `${longEnglishWord} ${'粵港澳大灣區發展辦公室'.repeat(20)}` },
  },
  // The unbroken Chinese run in the script of the toolbar's language.
  render: ({ next, ...args }) => (
    <PreviousNext {...args} next={resolveLocale(args.locale) === 'zh-Hans' && next ? { ...next, title: `${longEnglishWord} ${'粤港澳大湾区发展办公室'.repeat(20)}` } : next} />
  ),
};

/** A `javascript:` URL is dropped with its link: only the next article remains. */
export const UnsafeHrefDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { previous: { href: 'javascript:alert(1)', title: 'Unsafe' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('a')).toHaveLength(1);
  },
};

/** In a 320 px column the titles wrap. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
};
