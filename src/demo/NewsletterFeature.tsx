import { ArticleHighlight } from '../components/ArticleHighlight/index.js';
import { CityPartnerBadgeStrip } from '../components/CityPartnerBadgeStrip/index.js';
import { ParticipantProfileCard } from '../components/ParticipantProfileCard/index.js';
import { QuoteBlock } from '../components/QuoteBlock/index.js';
import type { Locale } from '../i18n/locale.js';
import { demoImageSrc, exchangeProgramme, programmePeriod } from './exchangeProgramme.js';
import * as css from './NewsletterFeature.css.js';

const sectionHeadings: Record<Locale, { participant: string; reflection: string; partners: string }> = {
  en: { participant: 'Meet a participant', reflection: 'In his own words', partners: 'Where the participants came from' },
  'zh-Hant': { participant: '參加者簡介', reflection: '參加者感想', partners: '參加者來自哪裏' },
  'zh-Hans': { participant: '参加者简介', reflection: '参加者感想', partners: '参加者来自哪里' },
};

export interface NewsletterFeatureProps {
  /** @default 'en' */
  locale?: Locale;
}

/**
 * The reference newsletter feature composed from all four components: used by the "Newsletter
 * feature" page, the theme playground, the server-rendering tests and the benchmarks.
 */
export function NewsletterFeature({ locale = 'en' }: NewsletterFeatureProps) {
  const content = exchangeProgramme[locale];
  const headings = sectionHeadings[locale];
  const { article, participant, reflection } = content;
  const { bio, ...profile } = participant;
  return (
    <div className={css.page} lang={locale}>
      <ArticleHighlight
        variant="feature"
        headingLevel={1}
        locale={locale}
        kicker={article.kicker}
        title={article.title}
        lead={article.lead}
        date={article.date}
        image={{ src: demoImageSrc, alt: article.imageAlt, caption: article.imageCaption }}
      >
        {article.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </ArticleHighlight>

      <section className={css.section} aria-labelledby={`newsletter-participant-${locale}`}>
        <h2 id={`newsletter-participant-${locale}`} className={css.sectionHeading}>
          {headings.participant}
        </h2>
        <ParticipantProfileCard
          locale={locale}
          headingLevel={3}
          {...profile}
          period={programmePeriod}
        >
          {bio}
        </ParticipantProfileCard>
      </section>

      <section className={css.section} aria-labelledby={`newsletter-reflection-${locale}`}>
        <h2 id={`newsletter-reflection-${locale}`} className={css.sectionHeading}>
          {headings.reflection}
        </h2>
        <QuoteBlock variant="reflection" collapsible excerpt={reflection.excerpt} attribution={content.attribution} locale={locale}>
          {reflection.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </QuoteBlock>
      </section>

      <section className={css.section} aria-labelledby={`newsletter-partners-${locale}`}>
        <h2 id={`newsletter-partners-${locale}`} className={css.sectionHeading}>
          {headings.partners}
        </h2>
        <CityPartnerBadgeStrip partners={content.partners} label={content.partnersLabel} groupByRegion headingLevel={3} locale={locale} />
      </section>
    </div>
  );
}
