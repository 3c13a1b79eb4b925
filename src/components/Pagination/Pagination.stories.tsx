import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { issueArchive, newsletterIssue } from '../../demo/newsletterIssue.js';
import { resolveLocale } from '../../i18n/locale.js';
import { Pagination, type PaginationProps } from './index.js';

const en = newsletterIssue.en;

/** Stories that keep the English demo articles follow the language toolbar. */
function Localised({ previous, next, ...args }: PaginationProps) {
  const issue = newsletterIssue[resolveLocale(args.locale)];
  return <Pagination {...args} previous={previous === en.previous ? issue.previous : previous} next={next === en.next ? issue.next : next} />;
}

/** Nothing inside the navigation pushes past its edge. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  for (const nav of canvasElement.querySelectorAll('nav')) await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
};

const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  tags: ['!autodocs'],
  args: { ...issueArchive },
  render: (args) => <Localised {...args} />,
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both forms: page 3 of an archive of 12 issues, and the previous and next article of an issue. */
export const Default: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '3rem' }}>
      <Localised {...args} />
      <Localised locale={args.locale} previous={en.previous} next={en.next} />
    </div>
  ),
};

/** Numbered pages: page 3 of 12. */
export const Pages: Story = {
  play: async ({ canvasElement }) => {
    const current = canvasElement.querySelector('[aria-current="page"]');
    await expect(current?.getAttribute('href')).toBe('/newsletter/issues?page=3');
  },
};

/** The first page has no previous link. */
export const FirstPage: Story = {
  args: { currentPage: 1 },
};

/** The last page has no next link. */
export const LastPage: Story = {
  args: { currentPage: 12 },
};

/** In the middle of a long archive, both ends and the neighbours of the current page are listed. */
export const MiddleOfLongArchive: Story = {
  args: { pageCount: 250, currentPage: 120 },
};

/** Five pages: all listed, no gaps. */
export const FewPages: Story = {
  args: { pageCount: 5, currentPage: 2 },
};

/** Previous and next article, each with its title. */
export const Articles: Story = {
  args: { pageCount: undefined, previous: en.previous, next: en.next },
};

/** The first article of an issue has only a next article. */
export const OnlyNextArticle: Story = {
  args: { pageCount: undefined, next: en.next },
};

/** Without titles, the links read "Previous article" and "Next article". */
export const ArticlesWithoutTitles: Story = {
  args: { pageCount: undefined, previous: { href: en.previous.href }, next: { href: en.next.href } },
};

const longEnglishWord = 'Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';

/** Long titles, long words and unbroken Chinese wrap inside the links. */
export const LongTitles: Story = {
  args: {
    pageCount: undefined,
    previous: { href: '/a', title: 'Civil service exchange '.repeat(435).slice(0, 10_000) },
    next: { href: '/b', title: `${longEnglishWord} ${'粵港澳大灣區發展辦公室'.repeat(20)}` },
  },
  play: staysInside,
};

/** A `javascript:` URL is dropped with its link: only the next article remains. */
export const UnsafeHrefDropped: Story = {
  args: { pageCount: undefined, previous: { href: 'javascript:alert(1)', title: 'Unsafe' }, next: en.next },
};

/** One page needs no pagination: nothing renders (and development warns). */
export const SinglePage: Story = {
  args: { pageCount: 1, currentPage: 1 },
  render: (args) => (
    <div>
      <p>An archive of one page: the pagination below renders nothing.</p>
      <Pagination {...args} />
    </div>
  ),
};

/** Both forms in a 320 px column: the numbered links wrap, the titles wrap. */
export const Narrow320: Story = {
  args: { pageCount: 250, currentPage: 120 },
  render: Default.render,
  play: staysInside,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};
