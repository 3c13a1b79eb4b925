/**
 * The floor of the article benchmark: the English newsletter article (src/pages/NewsletterArticle.tsx)
 * as a careful developer writes it by hand, with plain semantic elements and nothing else: no
 * classes, no wrappers, no generated ids, dates and the duration written out. The text, links, facts
 * and cities come from the same content modules as the page. Not a copy of this library's markup.
 *
 * Left out on purpose: the text size control (browsers zoom) and `lang` on every block (the
 * document's `<html lang="en">`, outside both pages, states it once).
 */
import { Fragment } from 'react';
import { articleBody, photographer } from '../src/pages/content/articleBody.js';
import { demoImageSrc, exchangeProgramme, programmePartners, programmePeriod } from '../src/pages/content/exchangeProgramme.js';
import { newsletterIssue } from '../src/pages/content/newsletterIssue.js';
import { programmeFacts } from '../src/pages/content/programmeFacts.js';
import { languageLinks, pageDates, site } from '../src/pages/content/site.js';
import { newsletterArticlePath } from '../src/pages/NewsletterArticle.js';

const { article, participant, reflection, attribution } = exchangeProgramme.en;
const issue = newsletterIssue.en;
const sections = issue.sections;
const shell = site.en;
const otherLanguages = languageLinks(newsletterArticlePath);
const partners = programmePartners('en');
const regions = [...new Set(partners.map((partner) => partner.region))];

const footerLinks = [
  ['Accessibility', shell.footerLinks.accessibility],
  ['Privacy policy', shell.footerLinks.privacy],
  ['Copyright notice', shell.footerLinks.copyright],
  ['Important notices', shell.footerLinks.disclaimer],
  ['Site map', shell.footerLinks.siteMap],
  ['Contact us', shell.footerLinks.contactUs],
] as const;

export const MinimalArticlePage = () => (
  <>
    <a href="#main-content">Skip to main content</a>
    <header id="top">
      <p>
        <a href={shell.portal.href}>{shell.portal.label}</a>
      </p>
      <p>
        <a href={shell.navigation[0]!.href}>{shell.title}</a>
      </p>
      <nav aria-label="Languages">
        <ul>
          <li>
            <a href={otherLanguages['zh-Hant']} lang="zh-Hant" hrefLang="zh-Hant">
              繁體
            </a>
          </li>
          <li>
            <a href={otherLanguages['zh-Hans']} lang="zh-Hans" hrefLang="zh-Hans">
              简体
            </a>
          </li>
        </ul>
      </nav>
      <nav aria-label="Main menu">
        <ul>
          {shell.navigation.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>

    <nav aria-label="Breadcrumb">
      <ol>
        {shell.breadcrumbs.map((step) => (
          <li key={step.href}>
            <a href={step.href}>{step.label}</a>
          </li>
        ))}
        <li aria-current="page">{article.title}</li>
      </ol>
    </nav>

    <main id="main-content">
      <nav aria-label="Contents">
        <ol>
          {[sections.programme, sections.participant, sections.reflection, sections.partners].map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>

      <article>
        <p>{article.kicker}</p>
        <h1>{article.title}</h1>
        <p>{article.lead}</p>
        <p>
          Published <time dateTime={article.date}>15 January 2025</time>
        </p>
        <figure>
          <img src={demoImageSrc} alt={article.imageAlt} width={1200} height={675} />
          <figcaption>{`${article.imageCaption} Photo: ${photographer.en}`}</figcaption>
        </figure>
        {articleBody('en')}

        <section id={sections.programme.id}>
          <h2>{sections.programme.heading}</h2>
          <dl>
            {programmeFacts.en.map((row) => (
              <Fragment key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </Fragment>
            ))}
          </dl>
        </section>

        <section id={sections.participant.id}>
          <h2>{sections.participant.heading}</h2>
          <p>{sections.participant.description}</p>
          <h3>{`${participant.honorific} ${participant.name}`}</h3>
          <dl>
            <dt>Role</dt>
            <dd>{participant.role}</dd>
            <dt>Home city</dt>
            <dd>{participant.homeCity}</dd>
            <dt>Home organisation</dt>
            <dd>{participant.homeOrganisation}</dd>
            <dt>Host office</dt>
            <dd>{participant.hostOrganisation}</dd>
            <dt>Exchange period</dt>
            <dd>
              <time dateTime={programmePeriod.start}>December 2024</time> to <time dateTime={programmePeriod.end}>March 2025</time>
            </dd>
            <dt>Duration</dt>
            <dd>3 months</dd>
          </dl>
          <p>{participant.bio}</p>
        </section>

        <section id={sections.reflection.id}>
          <h2>{sections.reflection.heading}</h2>
          <figure>
            <blockquote>
              <p>{reflection.excerpt}</p>
            </blockquote>
            <details>
              <summary>Read the full reflection</summary>
              <blockquote>
                {reflection.paragraphs.map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
              </blockquote>
            </details>
            <figcaption>{`${attribution.name}, ${attribution.role}, ${attribution.organisation}, ${attribution.city}`}</figcaption>
          </figure>
        </section>

        <section id={sections.partners.id}>
          <h2>{sections.partners.heading}</h2>
          <p>{sections.partners.description}</p>
          {regions.map((region) => (
            <Fragment key={region}>
              <h3>{region}</h3>
              <ul>
                {partners
                  .filter((partner) => partner.region === region)
                  .map((partner) => (
                    <li key={partner.name}>
                      {`${partner.name} `}
                      <span lang="zh-Hant">{partner.localName}</span>
                      {partner.current ? ' (current partner)' : null}
                    </li>
                  ))}
              </ul>
            </Fragment>
          ))}
        </section>
      </article>

      <nav aria-label="Previous and next articles">
        <a href={issue.previous.href} rel="prev">
          {`Previous article: ${issue.previous.title}`}
        </a>{' '}
        <a href={issue.next.href} rel="next">
          {`Next article: ${issue.next.title}`}
        </a>
      </nav>
    </main>

    <footer>
      <p>
        <a href="#top">Back to top</a>
      </p>
      <nav aria-label="Footer links">
        <ul>
          {footerLinks.map(([label, href]) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{shell.copyright}</p>
      <p>
        Last revision date: <time dateTime={pageDates.revisionDate}>20 January 2025</time>
      </p>
      <p>
        Review date: <time dateTime={pageDates.reviewDate}>31 July 2025</time>
      </p>
    </footer>
  </>
);
