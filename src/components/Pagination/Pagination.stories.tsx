import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Pagination } from './index.js';
import { fixtures } from './Pagination.fixtures.js';

const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  tags: ['!autodocs'],
  // The issue archive in the story's language, under the story's own args.
  render: (args) => <Pagination {...fixtureProps(fixtures, 'issues', args.locale)} {...args} />,
} satisfies Meta<typeof Pagination>;

export default meta;
// Every arg optional: a story without an archive takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof Pagination>>;

/** Page 3 of an archive of 12 issues, in the Language toolbar's language. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const current = canvasElement.querySelector('[aria-current="page"]');
    await expect(current?.getAttribute('href')).toMatch(/\/newsletter\/issues\?page=3$/);
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
      <Pagination {...fixtureProps(fixtures, 'issues', args.locale)} {...args} />
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
      <Pagination {...fixtureProps(fixtures, 'issues', args.locale)} {...args} />
    </div>
  ),
};

/** In a 320 px column the links wrap. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: { pageCount: 250, currentPage: 120 },
};
