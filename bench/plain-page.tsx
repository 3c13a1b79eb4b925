/**
 * The same-HTML baseline of the benchmark: the seed page (bench/seed-content.ts) written by hand as
 * plain React, with exactly the markup SeedPage renders, the documented class names included, as a
 * site writing HTML against the library's CSS would (bench/ssr.mjs checks the two are identical).
 * Dates, the duration, the monogram and the heading ids (React 19's useId, as useLabelId keeps it)
 * are written out. Like the seed page and the minimal page, it is four parts under one page component
 * (the bench's own scaffolding, so that each part can be timed alone), so that what the pair measures
 * is the components' own work, not their markup and not the bench's component layers.
 */
import { seed } from './seed-content.js';

const { article, quote, person } = seed;

const cardFacts = [
  ['Role', person.role],
  ['Home city', person.homeCity],
  ['Host office', person.hostOrganisation],
] as const;

const PlainArticle = () => (
  <article className="bh-article-highlight bh-component bh-article-highlight--feature" lang="en" aria-labelledby="bh-article-_R_1_">
    <p className="bh-article-highlight__kicker">{article.kicker}</p>
    <h2 id="bh-article-_R_1_" className="bh-article-highlight__title">
      <a className="bh-article-highlight__link bh-link bh-focusable" href={article.href}>
        {article.title}
      </a>
    </h2>
    <p className="bh-article-highlight__lead">{article.lead}</p>
    <p className="bh-article-highlight__meta">
      <span className="bh-visually-hidden">Published </span>
      <time dateTime={article.date}>{article.dateText}</time>
    </p>
    <div className="bh-article-highlight__body">
      {article.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  </article>
);

const PlainQuote = () => (
  <figure className="bh-quote-block bh-component bh-quote-block--pull" lang="en">
    <blockquote className="bh-quote-block__quote">
      <p>{quote.text}</p>
    </blockquote>
    <figcaption className="bh-quote-block__caption">
      <bdi className="bh-quote-block__speaker">{quote.name}</bdi>, <bdi>{quote.role}</bdi>, <bdi>{quote.city}</bdi>
    </figcaption>
  </figure>
);

const PlainCard = () => (
  <article className="bh-participant-profile-card bh-component" lang="en" aria-labelledby="bh-profile-_R_3_">
    <div className="bh-participant-profile-card__identity">
      <span className="bh-participant-profile-card__monogram" aria-hidden="true">
        TW
      </span>
      <h3 id="bh-profile-_R_3_" className="bh-participant-profile-card__name">
        {`${person.honorific} `}
        <bdi>{person.name}</bdi>
      </h3>
    </div>
    <dl>
      {cardFacts.map(([label, value]) => (
        <div key={label} className="bh-participant-profile-card__fact">
          <dt className="bh-participant-profile-card__fact-label">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="bh-participant-profile-card__fact">
        <dt className="bh-participant-profile-card__fact-label">Exchange period</dt>
        <dd>
          <time dateTime={person.period.start}>{person.periodText[0]}</time> to <time dateTime={person.period.end}>{person.periodText[1]}</time>
        </dd>
      </div>
      <div className="bh-participant-profile-card__fact">
        <dt className="bh-participant-profile-card__fact-label">Duration</dt>
        <dd>{person.duration}</dd>
      </div>
    </dl>
  </article>
);

const PlainPartners = () => (
  <ul className="bh-city-partner-badge-strip bh-component bh-city-partner-badge-strip__list" lang="en" aria-label={seed.partnersLabel}>
    {seed.partners.map((name) => (
      <li key={name} className="bh-city-partner-badge-strip__badge">
        {name}
      </li>
    ))}
  </ul>
);

export const PlainSeedPage = () => (
  <main lang="en">
    <PlainArticle />
    <PlainQuote />
    <PlainCard />
    <PlainPartners />
  </main>
);
