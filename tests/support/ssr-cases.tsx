// Representative props for every component and the newsletter page, in every locale. Shared by the
// server-rendering suite (Node) and the hydration suite (Chromium), so both sides render the same trees.
import type { ReactElement } from 'react';
import { ArticleHighlight } from '../../src/components/ArticleHighlight/index.js';
import { CityPartnerBadgeStrip } from '../../src/components/CityPartnerBadgeStrip/index.js';
import { ParticipantProfileCard } from '../../src/components/ParticipantProfileCard/index.js';
import { QuoteBlock } from '../../src/components/QuoteBlock/index.js';
import { NewsletterFeature } from '../../src/demo/NewsletterFeature.js';
import { demoImageSrc, exchangeProgramme, programmePeriod } from '../../src/demo/exchangeProgramme.js';
import { locales, type Locale } from '../../src/i18n/locale.js';

export interface SsrCase {
  /** Unique across all cases, e.g. "ArticleHighlight/feature/zh-Hant". */
  id: string;
  component: string;
  locale: Locale;
  element: () => ReactElement;
}

// Values near midnight, where a wrong time zone moves the day (and so the month or year):
// 2024-12-31T16:30Z is 00:30 on 1 January 2025 in Hong Kong but still 31 December in UTC and
// everywhere west of it; the date-only values are calendar days that must never shift.
export const nearMidnight = {
  dateOnlyNewYearsEve: '2024-12-31',
  instantAfterHongKongMidnight: '2024-12-31T16:30:00Z',
  instantBeforeHongKongMidnight: '2025-02-28T23:59:00+08:00',
  instantAsDate: new Date(Date.UTC(2025, 0, 31, 16, 5)),
  // No offset: a wall-clock time, which must not be read in the machine's own zone.
  floatingDateTime: '2025-01-31T23:45',
} as const;

function casesFor(locale: Locale): SsrCase[] {
  const content = exchangeProgramme[locale];
  const { article, participant, reflection, attribution } = content;
  const { bio, ...profile } = participant;
  const c = (component: string, variant: string, element: () => ReactElement): SsrCase => ({
    id: `${component}/${variant}/${locale}`,
    component,
    locale,
    element,
  });
  return [
    c('ArticleHighlight', 'feature', () => (
      <ArticleHighlight
        locale={locale}
        headingLevel={1}
        kicker={article.kicker}
        title={article.title}
        lead={article.lead}
        date={nearMidnight.dateOnlyNewYearsEve}
        image={{ src: demoImageSrc, alt: article.imageAlt, caption: article.imageCaption }}
      >
        {article.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </ArticleHighlight>
    )),
    c('ArticleHighlight', 'teaser-instant', () => (
      <ArticleHighlight
        variant="teaser"
        locale={locale}
        title={article.title}
        lead={article.lead}
        href="/news/exchange-2024"
        date={nearMidnight.instantAfterHongKongMidnight}
        image={{ src: demoImageSrc, alt: '' }}
      />
    )),
    c('ArticleHighlight', 'compact-date-object', () => (
      <ArticleHighlight variant="compact" locale={locale} title={article.title} href="/news/exchange-2024" date={nearMidnight.instantAsDate} />
    )),
    c('ArticleHighlight', 'compact-floating', () => (
      <ArticleHighlight variant="compact" locale={locale} title={article.kicker} date={nearMidnight.floatingDateTime} />
    )),
    c('QuoteBlock', 'reflection-collapsible', () => (
      <QuoteBlock variant="reflection" collapsible excerpt={reflection.excerpt} attribution={attribution} locale={locale}>
        {reflection.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </QuoteBlock>
    )),
    c('QuoteBlock', 'pull-cite', () => (
      <QuoteBlock variant="pull" cite="https://www.example.gov.hk/exchange" attribution={{ name: attribution.name }} locale={locale}>
        {reflection.excerpt}
      </QuoteBlock>
    )),
    c('QuoteBlock', 'inline-foreign', () => (
      <QuoteBlock variant="inline" locale={locale} quoteLang={locale === 'en' ? 'zh-Hant' : 'en'}>
        {locale === 'en' ? exchangeProgramme['zh-Hant'].reflection.excerpt : exchangeProgramme.en.reflection.excerpt}
      </QuoteBlock>
    )),
    c('ParticipantProfileCard', 'full', () => (
      <ParticipantProfileCard
        locale={locale}
        {...profile}
        period={programmePeriod}
        href="/people/terence-wang"
      >
        {bio}
      </ParticipantProfileCard>
    )),
    c('ParticipantProfileCard', 'instants-photo', () => (
      <ParticipantProfileCard
        locale={locale}
        name={{ family: 'Wang', given: 'Terence' }}
        photo={{ src: demoImageSrc }}
        period={{ start: nearMidnight.instantAfterHongKongMidnight, end: nearMidnight.instantBeforeHongKongMidnight }}
      />
    )),
    c('ParticipantProfileCard', 'open-ended', () => (
      <ParticipantProfileCard locale={locale} name="陳小明" period={{ start: nearMidnight.dateOnlyNewYearsEve }} />
    )),
    c('CityPartnerBadgeStrip', 'plain', () => (
      <CityPartnerBadgeStrip locale={locale} partners={content.partners} label={content.partnersLabel} />
    )),
    c('CityPartnerBadgeStrip', 'grouped-links', () => (
      <CityPartnerBadgeStrip
        locale={locale}
        groupByRegion
        headingLevel={3}
        label={content.partnersLabel}
        partners={content.partners.map((p, i) => ({ ...p, href: `/partners/${i}` }))}
      />
    )),
    c('NewsletterFeature', 'page', () => <NewsletterFeature locale={locale} />),
  ];
}

export const ssrCases: SsrCase[] = locales.flatMap(casesFor);
