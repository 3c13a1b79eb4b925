import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { fixtures as articleFixtures } from '../ArticleHighlight/ArticleHighlight.fixtures.js';
import { PageLayout } from './index.js';
import { fixtures } from './PageLayout.fixtures.js';

const meta = {
  title: 'Components/PageLayout',
  component: PageLayout,
  tags: ['!autodocs'],
  // The article and its note in the story's language, under the story's own args.
  render: (args) => <PageLayout {...fixtureProps(fixtures, 'article', args.locale)} {...args} />,
} satisfies Meta<typeof PageLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An article column with a note beside it, in the Language toolbar's language; below 42em the aside moves below the content. */
export const Default: Story = {};

/** The aside placed first: on the inline-start side, and above the content when narrow. */
export const AsideAtStart: Story = {
  args: { asidePlacement: 'start' },
};

/** Without an aside: one centred column of readable width. */
export const WithoutAside: Story = {
  args: { aside: undefined },
};

/** The wide page, for grids of teasers: the content grows to the large breakpoint. */
export const Wide: Story = {
  args: { width: 'wide' },
  render: (args, { id }) => (
    <PageLayout {...fixtureProps(fixtures, 'article', args.locale)} {...args}>
      {['feature', 'teaser', 'compact'].map((family) => (
        <ArticleHighlight key={family} {...fixtureProps(articleFixtures, family, args.locale)} variant="compact" headingLevel={2} headingId={`${id}-${family}`} />
      ))}
    </PageLayout>
  ),
};

/** In a 320 px column the aside sits below the content, and nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
};

/** A blank aside draws no column. */
export const BlankAside: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { aside: ' ' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bh-page-layout__aside')).toBeNull();
  },
};
