/**
 * The two reference pages of issue #13, built from the package's public exports alone and no CSS
 * of their own: an article page (the newsletter feature with its contents, sections, neighbours
 * and the rest of the issue) and the index page of an issue (its articles and the archive's pages).
 * A site renders them inside its own shell (header, `<main>`, footer).
 */
import { ArticleHighlight, CityPartnerBadgeStrip, ContentsList, PageLayout, Pagination, ParticipantProfileCard, PreviousNext, QuoteBlock, Section, TeaserList, type Locale } from '../index.js';
import { demoImageSrc, exchangeProgramme, programmePeriod } from './exchangeProgramme.js';
import { issueArchive, newsletterIssue } from './newsletterIssue.js';

export interface ReferencePageProps {
  /** @default 'en' */
  locale?: Locale;
}

/** The article page: contents first (beside the article when there is room), the article, its neighbours, the rest of the issue. */
export function ArticlePage({ locale = 'en' }: ReferencePageProps) {
  const content = exchangeProgramme[locale];
  const issue = newsletterIssue[locale];
  const { participant, reflection, partners } = issue.sections;
  const { article } = content;
  const { bio, ...profile } = content.participant;
  return (
    <PageLayout
      locale={locale}
      asidePlacement="start"
      aside={<ContentsList locale={locale} items={[participant, reflection, partners].map(({ id, heading }) => ({ id, label: heading }))} />}
    >
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
      <Section id={participant.id} heading={participant.heading} description={participant.description}>
        <ParticipantProfileCard locale={locale} headingLevel={3} {...profile} period={programmePeriod}>
          {bio}
        </ParticipantProfileCard>
      </Section>
      <Section id={reflection.id} heading={reflection.heading}>
        <QuoteBlock variant="reflection" collapsible excerpt={content.reflection.excerpt} attribution={content.attribution} locale={locale}>
          {content.reflection.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </QuoteBlock>
      </Section>
      <Section id={partners.id} heading={partners.heading} description={partners.description}>
        <CityPartnerBadgeStrip partners={content.partners} label={content.partnersLabel} groupByRegion headingLevel={3} locale={locale} />
      </Section>
      <PreviousNext locale={locale} previous={issue.previous} next={issue.next} />
      <Section id="in-this-issue" heading={issue.articlesHeading}>
        <TeaserList layout="list">
          {issue.teasers.slice(1).map((teaser) => (
            <ArticleHighlight key={teaser.href} variant="compact" headingLevel={3} locale={locale} {...teaser} />
          ))}
        </TeaserList>
      </Section>
    </PageLayout>
  );
}

/** The index page of an issue: the newsletter's name, the issue's articles as cards, the archive's pages. */
export function IssueIndexPage({ locale = 'en' }: ReferencePageProps) {
  const issue = newsletterIssue[locale];
  const { imageAlt } = exchangeProgramme[locale].article;
  return (
    <PageLayout locale={locale} width="wide">
      <Section heading={issue.newsletter} headingLevel={1} description={issue.issueLine}>
        <TeaserList>
          {issue.teasers.map((teaser) => (
            <ArticleHighlight key={teaser.href} variant="teaser" locale={locale} image={{ src: demoImageSrc, alt: imageAlt }} {...teaser} />
          ))}
        </TeaserList>
      </Section>
      <Pagination locale={locale} {...issueArchive} />
    </PageLayout>
  );
}
