import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { fixtureProps } from '../../fixtures/fixture.js';
import { vars } from '../../tokens/contract.css.js';
import { ArticleHighlight, type ArticleHighlightProps } from './ArticleHighlight.js';
import { fixtures } from './ArticleHighlight.fixtures.js';

const meta = {
  title: 'Components/ArticleHighlight',
  component: ArticleHighlight,
  tags: ['!autodocs'],
  argTypes: {
    date: { control: 'text' },
    children: { control: false },
  },
  // The feature article in the story's language, under the story's own args. A story-specific id
  // keeps ids unique on the docs page, where the same article repeats.
  render: (args, { id }) => <ArticleHighlight headingId={`${id}-heading`} {...fixtureProps(fixtures, 'feature', args.locale)} {...args} />,
} satisfies Meta<typeof ArticleHighlight>;

export default meta;
// Every arg optional: a story without content takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof ArticleHighlight>>;

// Variants

/** The feature variant: the default, in the Language toolbar's language. */
export const Default: Story = {};

export const Teaser: Story = {
  args: { variant: 'teaser', children: undefined },
};

export const Compact: Story = {
  args: { variant: 'compact', lead: undefined, children: undefined },
};

export const FeatureWithoutImage: Story = {
  args: { image: undefined },
};

export const TeaserWithoutImage: Story = {
  args: { variant: 'teaser', image: undefined, children: undefined },
};

/** Without `href` the title is plain text and nothing is clickable. */
export const NoHref: Story = {
  args: { variant: 'teaser', href: undefined, children: undefined },
};

/** An image that adds nothing to the text takes `alt: ''` and is skipped by screen readers. */
export const DecorativeImage: Story = {
  args: { variant: 'teaser', image: { ...fixtureProps(fixtures, 'teaser-en').image!, alt: '' }, children: undefined },
};

// Languages

export const English: Story = {
  args: { locale: 'en' },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant' },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
};

/** The teaser article in Traditional Chinese, its locale a BCP 47 tag (zh-HK). */
export const TeaserTraditionalChinese: Story = {
  args: { ...fixtureProps(fixtures, 'teaser-zh-hant'), locale: 'zh-HK' },
};

/** The teaser article in Simplified Chinese, its locale a BCP 47 tag (zh-CN). */
export const TeaserSimplifiedChinese: Story = {
  args: { ...fixtureProps(fixtures, 'teaser-zh-hans'), locale: 'zh-CN' },
};

// Long and edge content

const longTitle = 'Thirty civil servants spend a winter in Hong Kong '.repeat(200).slice(0, 10_000);

export const LongTitle: Story = {
  tags: ['edge-case', '!autodocs'],
  name: 'Long title (10,000 characters)',
  args: { locale: 'en', variant: 'teaser', title: longTitle, children: undefined },
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    variant: 'teaser',
    kicker: 'Intergovernmentalcollaboration',
    title: 'Pneumonoultramicroscopicsilicovolcanoconiosis and other intergovernmentalexchangeprogrammecoordinationsecretariat words',
    lead: 'See https://www.example.org/news/civil-service-exchange-programme-2024-mainland-participants-hong-kong-bureaux-and-departments',
    children: undefined,
  },
};

export const LongChineseString: Story = {
  tags: ['edge-case', '!autodocs'],
  name: 'Long unbroken Chinese string',
  args: {
    locale: 'zh-Hant',
    variant: 'teaser',
    title: '粵港澳大灣區發展辦公室'.repeat(12),
    lead: '政制及內地事務局轄下粵港澳大灣區發展辦公室接待來自深圳的交流計劃參加者'.repeat(6),
    children: undefined,
  },
};

/** An unparseable date is not shown (a warning is logged in development). */
export const InvalidDate: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'teaser', date: '2025-02-30', children: undefined },
};

/** A `javascript:` URL is dropped: the title renders as plain text (a warning is logged in development). */
export const UnsafeHrefDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'teaser', href: 'javascript:alert(document.domain)', children: undefined },
};

/** For the docs' "don't" example: a sentence as kicker, a shouted run-on headline, a lead that repeats it. */
export const DontOverloaded: Story = {
  name: "Don't: overloaded teaser",
  args: {
    locale: 'en',
    variant: 'teaser',
    kicker: 'Highlights from this winter’s exchange programme',
    title: 'THIRTY MAINLAND CIVIL SERVANTS SPEND A WINTER INSIDE HONG KONG’S BUREAUX AND DEPARTMENTS, LEARNING HOW THE HKSAR GOVERNMENT WORKS',
    lead: 'Thirty Mainland civil servants spent a winter inside Hong Kong’s bureaux and departments.',
    children: undefined,
  },
};

/** The title alone. */
export const MissingOptionalFields: Story = {
  args: { locale: 'en', kicker: undefined, lead: undefined, date: undefined, image: undefined, children: undefined, href: undefined },
};

// Layouts and themes

const gridStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18em), 1fr))',
  gap: vars.space.xl,
};

/** The three articles of the issue (feature, profile, reflection) as teasers, in the story's language. */
const articles = (args: ArticleHighlightProps) =>
  (['feature', 'teaser', 'compact'] as const).map((family) => {
    const { children: _body, ...article } = fixtureProps(fixtures, family, args.locale);
    return { family, ...article, locale: args.locale, headingLevel: args.headingLevel };
  });

/** Three teasers in an auto-fit grid: side by side when there is room, stacked on narrow screens. */
export const TeaserGrid: Story = {
  render: (args, { id }) => (
    <div style={gridStyle}>
      {articles(args).map(({ family, ...article }) => (
        <ArticleHighlight key={family} {...article} variant="teaser" headingId={`${id}-${family}`} />
      ))}
    </div>
  ),
};

function AllVariants({ idPrefix, ...args }: ArticleHighlightProps & { idPrefix: string }) {
  const article = { ...fixtureProps(fixtures, 'feature', args.locale), ...args };
  const { children: _body, ...withoutBody } = article;
  return (
    <div style={{ display: 'grid', gap: vars.space.xxl }}>
      <ArticleHighlight {...article} variant="feature" headingId={`${idPrefix}-feature`} />
      <ArticleHighlight {...withoutBody} variant="teaser" headingId={`${idPrefix}-teaser`} />
      <ArticleHighlight {...withoutBody} variant="compact" headingId={`${idPrefix}-compact`} lead={undefined} />
    </div>
  );
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args, { id }) => <AllVariants {...args} idPrefix={id} />,
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: (args, { id }) => <AllVariants {...args} idPrefix={id} />,
};

export const CompactList: Story = {
  render: (args, { id }) => (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {articles(args).map(({ family, ...article }) => (
        <li key={family}>
          <ArticleHighlight {...article} variant="compact" lead={undefined} headingId={`${id}-${family}`} />
        </li>
      ))}
    </ul>
  ),
};
