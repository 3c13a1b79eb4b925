/**
 * The same-HTML baseline of the benchmark: the English newsletter feature written by hand as plain
 * React, with exactly the markup NewsletterFeature renders, the documented class names included, as
 * a site writing HTML against the library's CSS would (bench/ssr.mjs checks the two are identical).
 * Dates, the duration, the monogram and the ids are written out. What it measures is the
 * components' own work, not their markup.
 */
import { demoImageSrc, exchangeProgramme } from '../src/pages/content/exchangeProgramme.js';

const { article, participant, reflection, attribution, partners, partnersLabel } = exchangeProgramme.en;
const regions = [...new Set(partners.map((p) => p.region))];

export function PlainPage() {
  return (
    <div className="bh-page-layout bh-component bh-page-layout--readable" lang="en">
      <div className="bh-page-layout__content">
      <article className="bh-article-highlight bh-component bh-article-highlight--feature" lang="en" aria-labelledby="bh-article-1bff2l7">
        <p className="bh-article-highlight__kicker">{article.kicker}</p>
        <h1 id="bh-article-1bff2l7" className="bh-article-highlight__title">
          {article.title}
        </h1>
        <p className="bh-article-highlight__lead">{article.lead}</p>
        <p className="bh-article-highlight__meta">
          <span className="bh-visually-hidden">Published </span>
          <time dateTime={article.date}>15 January 2025</time>
        </p>
        <figure className="bh-article-highlight__figure">
          <img className="bh-article-highlight__image" src={demoImageSrc} alt={article.imageAlt} loading="lazy" decoding="async" />
          <figcaption className="bh-article-highlight__caption">{article.imageCaption}</figcaption>
        </figure>
        <div className="bh-article-highlight__body">
          {article.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </article>

      <section className="bh-section bh-component" aria-labelledby="bh-section-75jrmp" id="participant">
        <h2 id="bh-section-75jrmp" className="bh-section__heading">
          Meet a participant
        </h2>
        <article className="bh-participant-profile-card bh-component" lang="en" aria-labelledby="bh-profile-1l58s96">
          <div className="bh-participant-profile-card__identity">
            <span className="bh-participant-profile-card__monogram" aria-hidden="true">
              TW
            </span>
            <h3 id="bh-profile-1l58s96" className="bh-participant-profile-card__name">
              {`${participant.honorific} ${participant.name}`}
            </h3>
          </div>
          <dl>
            {[
              ['Role', participant.role],
              ['Home city', participant.homeCity],
              ['Home organisation', participant.homeOrganisation],
              ['Host office', participant.hostOrganisation],
            ].map(([label, value]) => (
              <div key={label} className="bh-participant-profile-card__fact">
                <dt className="bh-participant-profile-card__fact-label">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div className="bh-participant-profile-card__fact">
              <dt className="bh-participant-profile-card__fact-label">Exchange period</dt>
              <dd>
                <time dateTime="2024-12-02">December 2024</time> to <time dateTime="2025-03-01">March 2025</time>
              </dd>
            </div>
            <div className="bh-participant-profile-card__fact">
              <dt className="bh-participant-profile-card__fact-label">Duration</dt>
              <dd>3 months</dd>
            </div>
          </dl>
          <div className="bh-participant-profile-card__bio">{participant.bio}</div>
        </article>
      </section>

      <section className="bh-section bh-component" aria-labelledby="bh-section-1e14dx8" id="reflection">
        <h2 id="bh-section-1e14dx8" className="bh-section__heading">
          In his own words
        </h2>
        <figure className="bh-quote-block bh-component bh-quote-block--reflection" lang="en">
          <blockquote className="bh-quote-block__quote">
            <p>{reflection.excerpt}</p>
          </blockquote>
          <details className="bh-quote-block__details">
            <summary className="bh-quote-block__summary bh-focusable">Read the full reflection</summary>
            <blockquote className="bh-quote-block__quote">
              {reflection.paragraphs.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </blockquote>
          </details>
          <figcaption className="bh-quote-block__caption">
            <span className="bh-quote-block__speaker">{attribution.name}</span>
            {`, ${[attribution.role, attribution.organisation, attribution.city].join(', ')}`}
          </figcaption>
        </figure>
      </section>

      <section className="bh-section bh-component" aria-labelledby="bh-section-lzjiko" id="partners">
        <h2 id="bh-section-lzjiko" className="bh-section__heading">
          Where the participants came from
        </h2>
        <div role="group" className="bh-city-partner-badge-strip bh-component bh-city-partner-badge-strip--grouped" lang="en" aria-label={partnersLabel}>
          {regions.map((region) => (
            <div key={region} className="bh-city-partner-badge-strip__group">
              <h3 className="bh-city-partner-badge-strip__group-label">{region}</h3>
              <ul className="bh-city-partner-badge-strip__list" aria-label={region}>
                {partners
                  .filter((p) => p.region === region)
                  .map((p) => (
                    <li key={p.name} className={p.current ? 'bh-city-partner-badge-strip__badge bh-city-partner-badge-strip__badge--current' : 'bh-city-partner-badge-strip__badge'} aria-current={p.current ? 'true' : undefined}>
                      {p.current ? (
                        <svg className="bh-city-partner-badge-strip__check" viewBox="0 0 8 8" aria-hidden="true">
                          <path d="M1.5 4.25 3.25 6M6.5 2.25 3.25 6" />
                        </svg>
                      ) : null}
                      {p.name}{' '}
                      <span className="bh-city-partner-badge-strip__local-name" lang="zh-Hant">
                        {p.localName}
                      </span>
                      {p.current ? (
                        <>
                          {' '}
                          <span className="bh-visually-hidden">Current partner</span>
                        </>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
      </div>
    </div>
  );
}
