/**
 * The reference newsletter article in the site shell, built from the package's public exports alone
 * and no CSS of its own: the feature's heading, its image, its topics and the issue's PDF version, a
 * contents list, the body, the programme's facts, the participant, his reflection, the partner cities
 * and questions about the programme, the previous and next articles of the issue, and a feedback prompt.
 */
import {
  Accordion,
  ArticleHighlight,
  CityPartnerBadgeStrip,
  ContentsList,
  DownloadLink,
  FeedbackPrompt,
  Figure,
  PageLayout,
  ParticipantProfileCard,
  PreviousNext,
  Prose,
  QuoteBlock,
  Section,
  SummaryList,
  TagList,
  type Locale,
} from 'bauhinia-ui';
import { articleBody, photographer } from './content/articleBody.js';
import { articleTopics, issuePdf } from './content/articleTopics.js';
import { demoImageSrc, exchangeProgramme, programmePartners, programmePeriod } from './content/exchangeProgramme.js';
import { newsletterIssue } from './content/newsletterIssue.js';
import { programmeFacts } from './content/programmeFacts.js';
import { programmeQuestions } from './content/programmeQuestions.js';
import { languagePaths, site } from './content/site.js';
import { SiteShell } from './SiteShell.js';

export interface NewsletterArticleProps {
  /** @default 'en' */
  locale?: Locale;
}

export const newsletterArticlePath = '/newsletter/2025-01/exchange-programme.html';

export function NewsletterArticle({ locale = 'en' }: NewsletterArticleProps) {
  return (
    <SiteShell locale={locale} path={newsletterArticlePath} trail={[{ label: exchangeProgramme[locale].article.title }]}>
      <NewsletterArticleContent locale={locale} />
    </SiteShell>
  );
}

/** The page's main content without the site's frame (the theme playground previews it). */
export function NewsletterArticleContent({ locale = 'en' }: NewsletterArticleProps) {
  const content = exchangeProgramme[locale];
  const issue = newsletterIssue[locale];
  const { programme, participant, reflection, partners } = issue.sections;
  const { article } = content;
  const { bio, ...profile } = content.participant;
  const questions = programmeQuestions[locale];
  const { title: pdfTitle, ...pdf } = issuePdf(locale);
  return (
    <PageLayout locale={locale}>
      <ArticleHighlight variant="feature" headingLevel={1} locale={locale} kicker={article.kicker} title={article.title} lead={article.lead} date={article.date}>
        {/* The page's first image: fetched at once, so the largest paint does not wait for it. */}
        <Figure
          locale={locale}
          src={demoImageSrc}
          alt={article.imageAlt}
          caption={article.imageCaption}
          credit={photographer[locale]}
          aspectRatio="16:9"
          loading="eager"
          fetchPriority="high"
        />
        {/* Under the picture (a Figure sets its own margins, so it leads the body): what the article is about, and the issue to take away. */}
        <TagList locale={locale} items={articleTopics(locale)} />
        <DownloadLink locale={locale} {...pdf}>
          {pdfTitle}
        </DownloadLink>
        {/* In the article's column, below its picture, so that readers on every screen meet it before the body. */}
        <ContentsList locale={locale} items={[programme, participant, reflection, partners, questions].map(({ id, heading }) => ({ id, label: heading }))} />
        <Prose locale={locale}>{articleBody(locale)}</Prose>
        <Section id={programme.id} heading={programme.heading}>
          <SummaryList locale={locale} rows={programmeFacts[locale]} />
        </Section>
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
          <CityPartnerBadgeStrip partners={programmePartners(locale)} label={content.partnersLabel} groupByRegion headingLevel={3} locale={locale} />
        </Section>
        <Section id={questions.id} heading={questions.heading}>
          <Accordion locale={locale} name="programme-faq" sections={questions.questions} />
        </Section>
      </ArticleHighlight>
      <PreviousNext locale={locale} previous={issue.previous} next={issue.next} />
      <FeedbackPrompt
        locale={locale}
        action={site[locale].feedbackHref}
        hiddenFields={{ page: `${languagePaths[locale]}${newsletterArticlePath}` }}
        reportHref={site[locale].reportHref}
      />
    </PageLayout>
  );
}
