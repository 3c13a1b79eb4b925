import { ArticleHighlight } from '../components/ArticleHighlight/index.js';
import { CityPartnerBadgeStrip } from '../components/CityPartnerBadgeStrip/index.js';
import { PageLayout } from '../components/PageLayout/index.js';
import { ParticipantProfileCard } from '../components/ParticipantProfileCard/index.js';
import { QuoteBlock } from '../components/QuoteBlock/index.js';
import { Section } from '../components/Section/index.js';
import type { Locale } from '../i18n/locale.js';
import { demoImageSrc, exchangeProgramme, programmePeriod } from './exchangeProgramme.js';
import { newsletterIssue } from './newsletterIssue.js';

export interface NewsletterFeatureProps {
  /** @default 'en' */
  locale?: Locale;
}

/**
 * The reference newsletter feature composed from all four components, laid out by PageLayout and
 * Section with no CSS of its own: used by the "Newsletter feature" page, the theme playground, the
 * server-rendering tests and the benchmarks.
 */
export function NewsletterFeature({ locale = 'en' }: NewsletterFeatureProps) {
  const content = exchangeProgramme[locale];
  const { participant: participantSection, reflection: reflectionSection, partners: partnersSection } = newsletterIssue[locale].sections;
  const { article, participant, reflection } = content;
  const { bio, ...profile } = participant;
  return (
    <PageLayout locale={locale}>
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

      <Section id={participantSection.id} heading={participantSection.heading}>
        <ParticipantProfileCard
          locale={locale}
          headingLevel={3}
          {...profile}
          period={programmePeriod}
        >
          {bio}
        </ParticipantProfileCard>
      </Section>

      <Section id={reflectionSection.id} heading={reflectionSection.heading}>
        <QuoteBlock variant="reflection" collapsible excerpt={reflection.excerpt} attribution={content.attribution} locale={locale}>
          {reflection.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </QuoteBlock>
      </Section>

      <Section id={partnersSection.id} heading={partnersSection.heading}>
        <CityPartnerBadgeStrip partners={content.partners} label={content.partnersLabel} groupByRegion headingLevel={3} locale={locale} />
      </Section>
    </PageLayout>
  );
}
