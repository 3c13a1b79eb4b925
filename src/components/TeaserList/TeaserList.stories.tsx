import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { resolveLocale, type Locale, type LocaleInput } from '../../i18n/locale.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { fixtures as articleFixtures } from '../ArticleHighlight/ArticleHighlight.fixtures.js';
import { Section } from '../Section/index.js';
import { TeaserList, type TeaserListProps } from './index.js';

/** The three articles of ArticleHighlight's fixtures in a language: the feature, a profile and a reflection. */
const articles = (locale: LocaleInput | undefined) => ['feature', 'teaser', 'compact'].map((family) => fixtureProps(articleFixtures, family, locale));

/**
 * `count` teasers (the three articles, over again when more are asked for) as ArticleHighlights of
 * the list's variant, text only; the first `withImages` carry the fixture's picture.
 */
function teasers(locale: LocaleInput | undefined, layout: TeaserListProps['layout'], { count = 3, withImages = 2, idPrefix = 'teaser' } = {}) {
  const three = articles(locale);
  return Array.from({ length: count }, (_, index) => {
    const { image, children: _body, ...article } = three[index % three.length]!;
    return (
      <ArticleHighlight
        key={index}
        {...article}
        variant={layout === 'list' ? 'compact' : 'teaser'}
        headingLevel={3}
        headingId={`${idPrefix}-${index}`}
        image={index < withImages ? image : undefined}
      />
    );
  });
}

const articlesHeading: Record<Locale, string> = { en: 'In this issue', 'zh-Hant': '本期內容', 'zh-Hans': '本期内容' };

/** The items of a row share its height, and nothing pushes past the list's edge. */
const equalRows: Story['play'] = async ({ canvasElement }) => {
  const list = canvasElement.querySelector('ul')!;
  const items = [...list.children].map((item) => item.getBoundingClientRect());
  for (const item of items) {
    const row = items.filter((other) => Math.abs(other.top - item.top) < 1);
    for (const other of row) await expect(Math.abs(other.height - item.height)).toBeLessThan(1);
  }
  for (const item of list.children) {
    const card = item.firstElementChild!.getBoundingClientRect();
    await expect(Math.abs(card.height - item.getBoundingClientRect().height)).toBeLessThan(1);
  }
};

const meta = {
  title: 'Components/TeaserList',
  component: TeaserList,
  tags: ['!autodocs'],
  render: (args, { id }) => <TeaserList {...args}>{args.children ?? teasers(args.locale, args.layout, { idPrefix: id })}</TeaserList>,
} satisfies Meta<typeof TeaserList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three articles of an issue as cards, in the Language toolbar's language; the cards of a row share its height. */
export const Default: Story = {
  play: equalRows,
};

/** The list layout: compact articles one below another. */
export const List: Story = {
  args: { layout: 'list' },
};

/** In a wide container the grid stops at three columns. */
export const ThreeColumnsAtMost: Story = {
  render: (args, { id }) => <TeaserList {...args}>{teasers(args.locale, 'grid', { count: 5, withImages: 5, idPrefix: id })}</TeaserList>,
  play: async ({ canvasElement }) => {
    const items = [...canvasElement.querySelectorAll('li')].map((item) => item.getBoundingClientRect().top);
    await expect(new Set(items.map(Math.round)).size).toBeGreaterThanOrEqual(Math.ceil(items.length / 3));
    await equalRows!({ canvasElement } as never);
  },
};

/** Under a Section heading: the section names the region, the teasers' headings are level 3. */
export const InASection: Story = {
  render: (args, { id }) => {
    return (
      <Section heading={articlesHeading[resolveLocale(args.locale)]} id={`${id}-articles`} locale={args.locale}>
        <TeaserList {...args}>{teasers(args.locale, args.layout, { idPrefix: id })}</TeaserList>
      </Section>
    );
  },
};

/** One teaser keeps the width of one column. */
export const OneTeaser: Story = {
  render: (args, { id }) => <TeaserList {...args}>{teasers(args.locale, 'grid', { count: 1, idPrefix: id })}</TeaserList>,
};

/** Long titles, long words and unbroken Chinese wrap inside the cards; the row grows to the tallest. */
export const LongTitles: Story = {
  tags: ['edge-case', '!autodocs'],
  render: (args) => (
    <TeaserList {...args}>
      <ArticleHighlight variant="teaser" headingLevel={3} title={'Civil service exchange '.repeat(60)} href="/a" />
      <ArticleHighlight variant="teaser" headingLevel={3} title="Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu" href="/b" />
      <ArticleHighlight variant="teaser" headingLevel={3} title={'粵港澳大灣區發展辦公室'.repeat(12)} locale="zh-Hant" href="/c" />
    </TeaserList>
  ),
  play: equalRows,
};

/** Empty and blank children are skipped; with none left, nothing renders. */
export const EmptyChildrenSkipped: Story = {
  tags: ['edge-case', '!autodocs'],
  render: (args, { id }) => (
    <div>
      <TeaserList {...args}>
        {null}
        {false}
        {'  '}
        {teasers(args.locale, 'grid', { count: 2, withImages: 0, idPrefix: id })}
      </TeaserList>
      <p>The list below has no teasers, so it renders nothing.</p>
      <TeaserList>{null}</TeaserList>
    </div>
  ),
};

/** In a 320 px column: one card a row. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  play: equalRows,
};

/** Don't: mix variants. The grid is made for teasers; a feature inside it (and a warning) is the result. */
export const DontMixVariants: Story = {
  render: (args, { id }) => {
    const [feature, ...rest] = articles(args.locale);
    return (
      <TeaserList {...args}>
        <ArticleHighlight {...feature!} headingLevel={3} headingId={`${id}-feature`} />
        {rest.map(({ children: _body, ...article }) => (
          <ArticleHighlight key={article.href} {...article} variant="teaser" headingLevel={3} />
        ))}
      </TeaserList>
    );
  },
};
