import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArticleHighlight } from '../components/ArticleHighlight/index.js';
import { CityPartnerBadgeStrip } from '../components/CityPartnerBadgeStrip/index.js';
import { ParticipantProfileCard } from '../components/ParticipantProfileCard/index.js';
import { QuoteBlock } from '../components/QuoteBlock/index.js';
import { demoImageSrc, exchangeProgramme, programmePeriod } from '../pages/content/exchangeProgramme.js';
import { locales } from '../i18n/locale.js';
import { createBrandTheme } from '../theming/brand.js';
import { createThemeCss } from '../theming/themeCss.js';
import { ThemeStyle } from '../theming/ThemeStyle.js';
import { themeNames } from '../tokens/themes.js';
import * as css from './Guides.css.js';

/**
 * The live examples embedded in the guides (Guides/*.mdx). Kept out of the sidebar; each still runs
 * in Chromium with axe like every other story.
 */
const meta = {
  title: 'Guides/Examples',
  tags: ['!autodocs', '!dev'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const en = exchangeProgramme.en;
const hant = exchangeProgramme['zh-Hant'];
const languageNames = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' } as const;

/** Getting started: the first component, as in the snippet. */
export const FirstComponent: Story = {
  render: () => (
    <ArticleHighlight
      variant="teaser"
      kicker={en.article.kicker}
      title={en.article.title}
      lead={en.article.lead}
      date={en.article.date}
      href="#exchange-programme"
      image={{ src: demoImageSrc, alt: en.article.imageAlt }}
    />
  ),
};

/** Theming: the same quote in each shipped theme, set with `data-theme` on a wrapper. */
export const ThreeThemes: Story = {
  render: () => (
    <div className={css.columns}>
      {themeNames.map((theme) => (
        <div key={theme} className={css.tile} data-theme={theme}>
          <p className={css.tileLabel}>data-theme=&quot;{theme}&quot;</p>
          <QuoteBlock variant="pull" attribution={{ name: en.attribution.name, city: en.attribution.city }}>
            Living and working here for three months changed how I see the city.
          </QuoteBlock>
        </div>
      ))}
    </div>
  ),
};

// A site's brand, scoped to the example's wrapper, which chooses the toolbar's theme (a site leaves
// `selector` out: the whole page).
const siteTheme = createThemeCss(
  { ...createBrandTheme({ primary: '#006a4e', accent: '#7a1f5c' }), base: { radius: { md: '0', lg: '0' } } },
  { selector: '[data-site-theme]' },
);

/** Theming: a site's own brand with `createBrandTheme`, written by `createThemeCss`, rendered by `ThemeStyle`, in every theme. */
export const SiteBrand: Story = {
  render: (_args, { globals }) => (
    <div className={css.stack} data-site-theme="" data-theme={(globals.theme as string | undefined) ?? 'default'}>
      <ThemeStyle css={siteTheme} />
      <ParticipantProfileCard
        name={en.participant.name}
        honorific={en.participant.honorific}
        role={en.participant.role}
        homeCity={en.participant.homeCity}
        hostOrganisation={en.participant.hostOrganisation}
        href="#participant"
        headingLevel={2}
      />
      <CityPartnerBadgeStrip partners={en.partners} label={en.partnersLabel} />
    </div>
  ),
};

/** Languages: one component, three `locale`s. Labels, dates and typography follow. */
export const ThreeLanguages: Story = {
  render: () => (
    <div className={css.columns}>
      {locales.map((locale) => {
        const { article } = exchangeProgramme[locale];
        return (
          <div key={locale} className={css.tile}>
            <p className={css.tileLabel}>
              locale=&quot;{locale}&quot; ({languageNames[locale]})
            </p>
            <ArticleHighlight variant="compact" locale={locale} kicker={article.kicker} title={article.title} lead={article.lead} date={article.date} />
          </div>
        );
      })}
    </div>
  ),
};

const chanInEnglish = {
  locale: 'en',
  name: { family: 'Chan', given: 'Siu-ming' },
  honorific: 'Mr',
  localName: { family: '陳', given: '小明' },
  role: 'Exchange participant',
} as const;
const chanInChinese = {
  locale: 'zh-Hant',
  name: { family: '陳', given: '小明' },
  honorific: '先生',
  localName: { family: 'Chan', given: 'Siu-ming' },
  role: '交流計劃參加者',
  period: programmePeriod,
} as const;

/** Languages: names given in parts are ordered by their script; the honorific follows suit. */
export const NameOrder: Story = {
  render: () => (
    <div className={css.columns}>
      <ParticipantProfileCard {...chanInEnglish} headingLevel={2} />
      <ParticipantProfileCard {...chanInChinese} headingLevel={2} />
    </div>
  ),
};

/** Languages: a Chinese quotation on an English page keeps its own `lang` and quotation marks. */
export const QuoteInAnotherLanguage: Story = {
  render: () => (
    <QuoteBlock variant="pull" locale="en" quoteLang="zh-Hant" attribution={{ name: hant.attribution.name, role: en.attribution.role, city: en.attribution.city }}>
      {hant.reflection.excerpt}
    </QuoteBlock>
  ),
};

/** Languages: built-in labels replaced per instance. */
export const LabelOverrides: Story = {
  render: () => (
    <ParticipantProfileCard
      locale="en"
      name={en.participant.name}
      honorific={en.participant.honorific}
      hostOrganisation={en.participant.hostOrganisation}
      period={programmePeriod}
      labels={{ hostOrganisation: 'Host bureau', period: 'Attachment' }}
      headingLevel={2}
    />
  ),
};

/** Accessibility and writing: the current partner is marked by fill, a check mark and text. */
export const CityNames: Story = {
  render: () => (
    <div className={css.stack}>
      <CityPartnerBadgeStrip locale="en" partners={en.partners} label={en.partnersLabel} groupByRegion headingLevel={2} />
      <CityPartnerBadgeStrip locale="zh-Hant" partners={hant.partners} label={hant.partnersLabel} />
    </div>
  ),
};

/** Writing: a kicker of one or two words, a title that says what happened, a one-sentence lead. */
export const KickerTitleLead: Story = {
  render: () => (
    <ArticleHighlight
      variant="compact"
      kicker="Exchange"
      title="Thirty Mainland civil servants spend a winter in Hong Kong’s bureaux"
      lead="Officials from five cities and the Greater Bay Area joined HKSAR Government offices for up to three months."
      date="2025-01-15"
      href="#exchange"
    />
  ),
};

/** Writing: a short quote credited with name, role and city. */
export const CreditedQuote: Story = {
  render: () => (
    <QuoteBlock variant="pull" attribution={en.attribution}>
      The civil service here is rigorous, efficient and focused on people.
    </QuoteBlock>
  ),
};
