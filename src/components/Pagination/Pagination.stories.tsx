import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { issueArchive } from '../../pages/content/newsletterIssue.js';
import { locales } from '../../i18n/locale.js';
import { Pagination } from './index.js';

/** Nothing inside the navigation pushes past its edge. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const nav = canvasElement.querySelector('nav')!;
  await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
};

const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  tags: ['!autodocs'],
  // Declared, so the language toolbar reaches the stories (and their text follows it) in tests too.
  argTypes: { locale: { control: 'inline-radio', options: [...locales] } },
  args: { ...issueArchive },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Page 3 of an archive of 12 issues. */
export const Default: Story = {
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

/** In the middle of a long archive: both ends and the neighbours of the current page. */
export const MiddleOfLongArchive: Story = {
  args: { pageCount: 250, currentPage: 120 },
};

/** Five pages: all listed, no gaps. */
export const FewPages: Story = {
  args: { pageCount: 5, currentPage: 2 },
};

/** Issues rather than pages, through `labels`: "Issue 3". */
export const IssuesLabels: Story = {
  args: { labels: { label: 'Newsletter issues', page: 'Issue {page}', previous: 'Previous issue', next: 'Next issue' } },
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

/** A `javascript:` template is dropped: nothing renders. */
export const UnsafeTemplateDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { hrefTemplate: 'javascript:go({page})' },
  render: (args) => (
    <div>
      <p>The pagination below has an unsafe URL template, so it renders nothing.</p>
      <Pagination {...args} />
    </div>
  ),
};

/** In a 320 px column the links wrap. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { pageCount: 250, currentPage: 120 },
  play: staysInside,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};
