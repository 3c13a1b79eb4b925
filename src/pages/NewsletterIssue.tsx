/**
 * The index page of a newsletter issue in the site shell, built from the package's public exports
 * alone and no CSS of its own: the newsletter's name and the issue, the lead story as a feature, the
 * issue's other articles as teasers, a notice, and the archive's pages.
 */
import { ArticleHighlight, Callout, NoticeBanner, PageLayout, Pagination, Section, TeaserList, type Locale } from 'bauhinia-ui';
import { demoImageSize, demoImageSrc, exchangeProgramme } from './content/exchangeProgramme.js';
import { issueArchive, newsletterIssue } from './content/newsletterIssue.js';
import { notices } from './content/notices.js';
import { SiteShell } from './SiteShell.js';

export interface NewsletterIssueProps {
  /** @default 'en' */
  locale?: Locale;
}

export const newsletterIssuePath = '/newsletter/2025-01/';

export function NewsletterIssue({ locale = 'en' }: NewsletterIssueProps) {
  const issue = newsletterIssue[locale];
  const { imageAlt } = exchangeProgramme[locale].article;
  const [lead, ...others] = issue.teasers;
  const { maintenance } = notices[locale];
  const notice = (
    <NoticeBanner locale={locale} heading={maintenance.heading} link={{ href: maintenance.href }}>
      <p>{maintenance.text}</p>
    </NoticeBanner>
  );
  return (
    <SiteShell locale={locale} path={newsletterIssuePath} trail={[{ label: issue.issueLine }]} notice={notice}>
      <PageLayout locale={locale} width="wide">
        <Section heading={issue.newsletter} headingLevel={1} description={issue.issueLine}>
          <ArticleHighlight variant="feature" locale={locale} image={{ src: demoImageSrc, ...demoImageSize, alt: imageAlt, loading: 'eager' }} {...lead!} />
        </Section>
        <Section heading={issue.articlesHeading}>
          <TeaserList locale={locale}>
            {[...others, ...issue.moreTeasers].map((teaser) => (
              <ArticleHighlight key={teaser.href} variant="teaser" headingLevel={3} locale={locale} image={{ src: demoImageSrc, ...demoImageSize, alt: '' }} {...teaser} />
            ))}
          </TeaserList>
        </Section>
        <Callout locale={locale} heading={issue.notice.heading}>
          <p>{issue.notice.text}</p>
        </Callout>
        <Pagination locale={locale} {...issueArchive} />
      </PageLayout>
    </SiteShell>
  );
}
