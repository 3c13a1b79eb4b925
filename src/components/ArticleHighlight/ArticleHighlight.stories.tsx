import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { demoImageSize, demoImageSrc, exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { vars } from '../../tokens/contract.css.js';
import { ArticleHighlight, type ArticleHighlightProps } from './ArticleHighlight.js';

type DemoFields = Pick<ArticleHighlightProps, 'kicker' | 'title' | 'lead' | 'date' | 'image' | 'children'>;

function buildDemo(locale: Locale): DemoFields {
  const { article } = exchangeProgramme[locale];
  return {
    kicker: article.kicker,
    title: article.title,
    lead: article.lead,
    date: article.date,
    image: { src: demoImageSrc, ...demoImageSize, alt: article.imageAlt, caption: article.imageCaption },
    children: (
      <>
        {article.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </>
    ),
  };
}

const demo: Record<Locale, DemoFields> = { en: buildDemo('en'), 'zh-Hant': buildDemo('zh-Hant'), 'zh-Hans': buildDemo('zh-Hans') };
const demoKeys = ['kicker', 'title', 'lead', 'date', 'image', 'children'] as const;

/**
 * Stories whose text is still the English demo follow the language toolbar: each untouched demo
 * field is swapped for its translation. Stories that set their own text or locale keep it.
 */
function followLanguage(args: ArticleHighlightProps): ArticleHighlightProps {
  const locale = resolveLocale(args.locale);
  if (locale === 'en' || args.title !== demo.en.title) return args;
  const localized: Partial<ArticleHighlightProps> = {};
  for (const key of demoKeys) {
    if (args[key] === demo.en[key]) Object.assign(localized, { [key]: demo[locale][key] });
  }
  return { ...args, ...localized };
}

const href = '/news/civil-service-exchange-2024';

const meta = {
  title: 'Components/ArticleHighlight',
  component: ArticleHighlight,
  tags: ['!autodocs'],
  args: { ...demo.en, href, variant: 'feature', headingLevel: 2 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans', 'zh-HK', 'zh-CN'] },
    date: { control: 'text' },
    children: { control: false },
  },
  // A story-specific id keeps ids unique on the docs page, where the same demo article repeats.
  render: (args, { id }) => <ArticleHighlight headingId={`${id}-heading`} {...followLanguage(args)} />,
} satisfies Meta<typeof ArticleHighlight>;

export default meta;
type Story = StoryObj<typeof meta>;

// Variants

/** The feature variant: the default. */
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
  args: { variant: 'teaser', image: { src: demoImageSrc, alt: '' }, children: undefined },
};

// Languages

export const English: Story = {
  args: { locale: 'en', ...demo.en },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant', ...demo['zh-Hant'] },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', ...demo['zh-Hans'] },
};

export const TeaserTraditionalChinese: Story = {
  args: { locale: 'zh-HK', ...demo['zh-Hant'], variant: 'teaser', children: undefined },
};

export const TeaserSimplifiedChinese: Story = {
  args: { locale: 'zh-CN', ...demo['zh-Hans'], variant: 'teaser', children: undefined },
};

// Long and edge content

const longTitle = 'Thirty civil servants spend a winter in Hong Kong '.repeat(200).slice(0, 10_000);

export const LongTitle: Story = {
  tags: ['edge-case', '!autodocs'],
  name: 'Long title (10,000 characters)',
  args: { locale: 'en', ...demo.en, variant: 'teaser', title: longTitle, children: undefined },
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    ...demo.en,
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
    ...demo['zh-Hant'],
    variant: 'teaser',
    title: '粵港澳大灣區發展辦公室'.repeat(12),
    lead: '政制及內地事務局轄下粵港澳大灣區發展辦公室接待來自深圳的交流計劃參加者'.repeat(6),
    children: undefined,
  },
};

/** An unparseable date is not shown (a warning is logged in development). */
export const InvalidDate: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', ...demo.en, variant: 'teaser', date: '2025-02-30', children: undefined },
};

/** A `javascript:` URL is dropped: the title renders as plain text (a warning is logged in development). */
export const UnsafeHrefDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', ...demo.en, variant: 'teaser', href: 'javascript:alert(document.domain)', children: undefined },
};

/** For the docs' "don't" example: a sentence as kicker, a shouted run-on headline, a lead that repeats it. */
export const DontOverloaded: Story = {
  name: "Don't: overloaded teaser",
  args: {
    locale: 'en',
    ...demo.en,
    variant: 'teaser',
    kicker: 'Highlights from this winter’s exchange programme',
    title: 'THIRTY MAINLAND CIVIL SERVANTS SPEND A WINTER INSIDE HONG KONG’S BUREAUX AND DEPARTMENTS, LEARNING HOW THE HKSAR GOVERNMENT WORKS',
    lead: 'Thirty Mainland civil servants spent a winter inside Hong Kong’s bureaux and departments.',
    children: undefined,
  },
};

export const MissingOptionalFields: Story = {
  args: { locale: 'en', title: demo.en.title, kicker: undefined, lead: undefined, date: undefined, image: undefined, children: undefined, href: undefined },
};

// Layouts and themes

const gridStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18em), 1fr))',
  gap: vars.space.xl,
};

const extraTeasers: Record<Locale, Array<{ kicker: string; title: string; date: string }>> = {
  en: [
    { kicker: 'Reflection', title: 'Three months that changed how one visitor sees Hong Kong', date: '2025-02-20' },
    { kicker: 'Partners', title: 'Six partner cities took part in the 2024 programme', date: '2025-03-03' },
  ],
  'zh-Hant': [
    { kicker: '感想', title: '三個月，重新認識香港', date: '2025-02-20' },
    { kicker: '合作城市', title: '六個城市參與2024年計劃', date: '2025-03-03' },
  ],
  'zh-Hans': [
    { kicker: '感想', title: '三个月，重新认识香港', date: '2025-02-20' },
    { kicker: '合作城市', title: '六个城市参与2024年计划', date: '2025-03-03' },
  ],
};

function TeaserGridDemo({ locale, headingLevel, idPrefix }: Pick<ArticleHighlightProps, 'locale' | 'headingLevel'> & { idPrefix: string }) {
  const language = resolveLocale(locale);
  const content = exchangeProgramme[language];
  const [reflection, partners] = extraTeasers[language];
  const { children: _body, ...feature } = demo[language];
  return (
    <div style={gridStyle}>
      <ArticleHighlight {...feature} variant="teaser" href={href} locale={locale} headingLevel={headingLevel} headingId={`${idPrefix}-exchange`} />
      <ArticleHighlight
        kicker={reflection?.kicker}
        title={reflection?.title ?? ''}
        date={reflection?.date}
        lead={content.reflection.excerpt}
        variant="teaser"
        href="/news/exchange-reflection"
        locale={locale}
        headingLevel={headingLevel}
      />
      <ArticleHighlight
        kicker={partners?.kicker}
        title={partners?.title ?? ''}
        date={partners?.date}
        lead={content.partners.map((partner) => partner.name).join(language === 'en' ? ', ' : '、')}
        variant="teaser"
        href="/news/exchange-partners"
        locale={locale}
        headingLevel={headingLevel}
      />
    </div>
  );
}

/** Three teasers in an auto-fit grid: side by side when there is room, stacked on narrow screens. */
export const TeaserGrid: Story = {
  render: (args, { id }) => <TeaserGridDemo locale={args.locale} headingLevel={args.headingLevel} idPrefix={id} />,
};

function AllVariants({ idPrefix, ...args }: ArticleHighlightProps & { idPrefix: string }) {
  const localized = followLanguage(args);
  const { children: _body, ...withoutBody } = localized;
  return (
    <div style={{ display: 'grid', gap: vars.space.xxl }}>
      <ArticleHighlight {...localized} variant="feature" headingId={`${idPrefix}-feature`} />
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
  render: (args) => {
    const language = resolveLocale(args.locale);
    const items = [{ ...demo[language], href }, ...extraTeasers[language].map((item, index) => ({ ...item, href: `/news/${index}` }))];
    return (
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <li key={item.title}>
            <ArticleHighlight kicker={item.kicker} title={item.title ?? ''} date={item.date} href={item.href} variant="compact" locale={args.locale} />
          </li>
        ))}
      </ul>
    );
  },
};
