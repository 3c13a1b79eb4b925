/**
 * The same-HTML baseline of the benchmark: the English newsletter feature written by hand as plain
 * React, with the markup NewsletterFeature renders (bench/ssr.mjs checks the two agree apart from
 * class names). Dates, the duration, the monogram and the ids are written out, as a hand-made page
 * would have them. What it measures is the components' own work, not their markup.
 */
import { demoImageSrc, exchangeProgramme } from '../src/demo/exchangeProgramme.js';

const { article, participant, reflection, attribution, partners, partnersLabel } = exchangeProgramme.en;
const regions = [...new Set(partners.map((p) => p.region))];

export function PlainPage() {
  return (
    <div className="page" lang="en">
      <article className="article" lang="en" aria-labelledby="bh-article-1bff2l7">
        <p className="kicker">{article.kicker}</p>
        <h1 id="bh-article-1bff2l7" className="title">
          {article.title}
        </h1>
        <p className="lead">{article.lead}</p>
        <p className="meta">
          <span className="sr-only">Published </span>
          <time dateTime={article.date}>15 January 2025</time>
        </p>
        <figure className="figure">
          <img className="image" src={demoImageSrc} alt={article.imageAlt} loading="lazy" decoding="async" />
          <figcaption className="caption">{article.imageCaption}</figcaption>
        </figure>
        <div className="body">
          {article.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </article>

      <section className="section" aria-labelledby="newsletter-participant-en">
        <h2 id="newsletter-participant-en" className="section-heading">
          Meet a participant
        </h2>
        <article className="profile" lang="en" aria-labelledby="bh-profile-1l58s96">
          <div className="identity">
            <span className="monogram" aria-hidden="true">
              TW
            </span>
            <h3 id="bh-profile-1l58s96" className="name">
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
              <div key={label} className="fact">
                <dt className="fact-label">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div className="fact">
              <dt className="fact-label">Exchange period</dt>
              <dd>
                <time dateTime="2024-12-02">December 2024</time> to <time dateTime="2025-03-01">March 2025</time>
              </dd>
            </div>
            <div className="fact">
              <dt className="fact-label">Duration</dt>
              <dd>3 months</dd>
            </div>
          </dl>
          <div className="bio">{participant.bio}</div>
        </article>
      </section>

      <section className="section" aria-labelledby="newsletter-reflection-en">
        <h2 id="newsletter-reflection-en" className="section-heading">
          In his own words
        </h2>
        <figure className="quote" lang="en">
          <blockquote className="quote-text">
            <p>{reflection.excerpt}</p>
          </blockquote>
          <details className="disclosure">
            <summary className="summary">Read the full reflection</summary>
            <blockquote className="quote-text">
              {reflection.paragraphs.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </blockquote>
          </details>
          <figcaption className="attribution">
            <span className="speaker">{attribution.name}</span>
            {`, ${[attribution.role, attribution.organisation, attribution.city].join(', ')}`}
          </figcaption>
        </figure>
      </section>

      <section className="section" aria-labelledby="newsletter-partners-en">
        <h2 id="newsletter-partners-en" className="section-heading">
          Where the participants came from
        </h2>
        <div role="group" className="partners" lang="en" aria-label={partnersLabel}>
          {regions.map((region) => (
            <div key={region} className="partner-group">
              <h3 className="partner-region">{region}</h3>
              <ul className="partner-list" aria-label={region}>
                {partners
                  .filter((p) => p.region === region)
                  .map((p) => (
                    <li key={p.name} className="badge" aria-current={p.current ? 'true' : undefined}>
                      {p.current ? (
                        <svg className="tick" viewBox="0 0 8 8" aria-hidden="true">
                          <path d="M1.5 4.25 3.25 6M6.5 2.25 3.25 6" />
                        </svg>
                      ) : null}
                      {p.name}{' '}
                      <span className="partner-local" lang="zh-Hant">
                        {p.localName}
                      </span>
                      {p.current ? (
                        <>
                          {' '}
                          <span className="sr-only">Current partner</span>
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
  );
}
