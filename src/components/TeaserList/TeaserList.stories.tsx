import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { demoImageSrc, exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import { locales, resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { Section } from '../Section/index.js';
import { TeaserList, type TeaserListProps } from './index.js';

/** The articles of the issue as ArticleHighlights of the list's variant; the first `withImages` carry the demo image. */
function teasers(locale: LocaleInput | undefined, layout: TeaserListProps['layout'], { count = 4, withImages = 2, idPrefix = 'teaser' } = {}) {
  const language = resolveLocale(locale);
  const { imageAlt } = exchangeProgramme[language].article;
  return newsletterIssue[language].teasers.slice(0, count).map((teaser, index) => (
    <ArticleHighlight
      key={teaser.href}
      variant={layout === 'list' ? 'compact' : 'teaser'}
      headingLevel={3}
      headingId={`${idPrefix}-${index}`}
      locale={locale}
      image={index < withImages ? { src: demoImageSrc, alt: imageAlt } : undefined}
      {...teaser}
    />
  ));
}

/** The items of a row share its height, and nothing pushes past the list's edge. */
const equalRows: Story['play'] = async ({ canvasElement }) => {
  const list = canvasElement.querySelector('ul')!;
  await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
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
  // Declared, so the language toolbar reaches the stories (and their text follows it) in tests too.
  argTypes: { locale: { control: 'inline-radio', options: [...locales] } },
  render: (args, { id }) => <TeaserList {...args}>{args.children ?? teasers(args.locale, args.layout, { idPrefix: id })}</TeaserList>,
} satisfies Meta<typeof TeaserList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The four articles of the issue as cards; the cards of a row share its height. */
export const Default: Story = {
  play: equalRows,
};

/** The list layout: compact articles one below another. */
export const List: Story = {
  args: { layout: 'list' },
};

/** In a wide container the grid stops at three columns. */
export const ThreeColumnsAtMost: Story = {
  render: (args, { id }) => <TeaserList {...args}>{teasers(args.locale, 'grid', { withImages: 4, idPrefix: id })}</TeaserList>,
  play: async ({ canvasElement }) => {
    const items = [...canvasElement.querySelectorAll('li')].map((item) => item.getBoundingClientRect().top);
    await expect(new Set(items.map(Math.round)).size).toBeGreaterThanOrEqual(Math.ceil(items.length / 3));
    await equalRows!({ canvasElement } as never);
  },
};

/** Under a Section heading: the section names the region, the teasers' headings are level 3. */
export const InASection: Story = {
  render: (args, { id }) => {
    const issue = newsletterIssue[resolveLocale(args.locale)];
    return (
      <Section heading={issue.articlesHeading} id={`${id}-articles`} locale={args.locale}>
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
  play: equalRows,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};

/** Don't: mix variants. The grid is made for teasers; a feature inside it (and a warning) is the result. */
export const DontMixVariants: Story = {
  render: (args, { id }) => {
    const [first, ...rest] = newsletterIssue[resolveLocale(args.locale)].teasers;
    return (
      <TeaserList {...args}>
        <ArticleHighlight headingLevel={3} headingId={`${id}-feature`} locale={args.locale} {...first!} />
        {rest.map((teaser) => (
          <ArticleHighlight key={teaser.href} variant="teaser" headingLevel={3} locale={args.locale} {...teaser} />
        ))}
      </TeaserList>
    );
  },
};
