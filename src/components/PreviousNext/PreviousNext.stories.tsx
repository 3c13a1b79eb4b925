import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import { locales, resolveLocale } from '../../i18n/locale.js';
import { PreviousNext, type PreviousNextProps } from './index.js';

const en = newsletterIssue.en;

/** Stories that keep the English demo articles follow the language toolbar. */
function Localised({ previous, next, ...args }: PreviousNextProps) {
  const issue = newsletterIssue[resolveLocale(args.locale)];
  return <PreviousNext {...args} previous={previous === en.previous ? issue.previous : previous} next={next === en.next ? issue.next : next} />;
}

/** Nothing inside the navigation pushes past its edge. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const nav = canvasElement.querySelector('nav')!;
  await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
};

const meta = {
  title: 'Components/PreviousNext',
  component: PreviousNext,
  tags: ['!autodocs'],
  // Declared, so the language toolbar reaches the stories (and their text follows it) in tests too.
  argTypes: { locale: { control: 'inline-radio', options: [...locales] } },
  args: { previous: en.previous, next: en.next },
  render: (args) => <Localised {...args} />,
} satisfies Meta<typeof PreviousNext>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The previous and next article of the issue, each with its title. */
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
  args: { previous: { href: en.previous.href }, next: { href: en.next.href } },
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
  play: staysInside,
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
  play: staysInside,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};
