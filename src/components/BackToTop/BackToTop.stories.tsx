import type { Meta, StoryObj } from '@storybook/react-vite';
import { Fragment } from 'react';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { baseTokens } from '../../tokens/base.js';
import { vars } from '../../tokens/contract.css.js';
import { fixtures as proseFixtures } from '../Prose/Prose.fixtures.js';
import { RevisionDates } from '../RevisionDates/RevisionDates.js';
import { fixtures as revisionDatesFixtures } from '../RevisionDates/RevisionDates.fixtures.js';
import { BackToTop } from './BackToTop.js';
import { fixtures } from './BackToTop.fixtures.js';

const meta = {
  title: 'Components/BackToTop',
  component: BackToTop,
  tags: ['!autodocs'],
} satisfies Meta<typeof BackToTop>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The inline link: `#top`, with an up arrow, in the Language toolbar's language. */
export const Default: Story = {
  render: (args) => <BackToTop {...fixtureProps(fixtures, 'back-to-top', args.locale)} {...args} />,
};

export const English: Story = {
  args: fixtureProps(fixtures, 'back-to-top-en'),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Back to top' });
    await expect(link).toHaveAttribute('href', '#top');
    await expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  },
};

export const TraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'back-to-top-zh-hant'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '返回頁首' })).toHaveAttribute('lang', 'zh-Hant');
  },
};

export const SimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'back-to-top-zh-hans'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '返回页首' })).toHaveAttribute('lang', 'zh-Hans');
  },
};

/** Inline at the foot of a page, beside the revision date. */
export const InFooter: Story = {
  render: (args) => (
    <footer
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'space-between',
        gap: vars.space.md,
        paddingBlock: vars.space.lg,
        borderBlockStart: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
        fontSize: vars.font.size.sm,
      }}
    >
      <RevisionDates {...fixtureProps(revisionDatesFixtures, 'dates', args.locale)} reviewDate={undefined} />
      <BackToTop {...args} />
    </footer>
  ),
};

const roomy = `(min-width: ${baseTokens.breakpoint.lg}) and (min-height: ${baseTokens.breakpoint.sm})`;

/**
 * Floating: last in a long article, it rides along at the bottom inline-end corner while the article
 * scrolls past and comes to rest below its last line. On screens narrower than 64em or shorter than
 * 36em (a phone, or a window zoomed to 200%) it stays inline at the end, where it covers nothing.
 */
export const Floating: Story = {
  args: { variant: 'floating' },
  // The article fixture of Prose, in the story's language, five times over.
  render: (args) => {
    const { children } = fixtureProps(proseFixtures, 'article', args.locale);
    return (
      <article style={{ maxInlineSize: '68ch' }}>
        {[1, 2, 3, 4, 5].map((round) => (
          <Fragment key={round}>{children}</Fragment>
        ))}
        <BackToTop {...args} />
      </article>
    );
  },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(getComputedStyle(link).position).toBe(matchMedia(roomy).matches ? 'sticky' : 'static');
  },
};

/** To land on an element rather than the very top: its id as `targetId`. */
export const CustomTarget: Story = {
  args: { targetId: 'masthead' },
  render: (args) => (
    <div>
      <header id="masthead" style={{ padding: vars.space.lg, background: vars.color.surface.subtle }}>
        <strong>Bauhinia Demo Department</strong>
      </header>
      <p>…</p>
      <BackToTop {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute('href', '#masthead');
  },
};

/** A 10,000-character label wraps; nothing scrolls sideways. */
export const TenThousandCharacterLabel: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { labels: { backToTop: 'Back to the top of this page '.repeat(400).slice(0, 10_000) } },
};

export const TenThousandCharacterLabelFloating: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { variant: 'floating', locale: 'zh-Hant', labels: { backToTop: '返回這一頁的頁首'.repeat(1250) } },
};

/** An id with white space cannot be a target: the link keeps `#top`. */
export const UnusableTargetId: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { targetId: 'page top' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute('href', '#top');
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
};

export const DarkThemeFloating: Story = {
  ...Floating,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
};

export const HighContrastThemeFloating: Story = {
  ...Floating,
  globals: { theme: 'high-contrast' },
};
