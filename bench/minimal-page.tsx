/**
 * The floor of the benchmark: the seed page (bench/seed-content.ts) as a careful developer writes it
 * by hand, with plain semantic elements and nothing else: no classes, no generated ids, dates and
 * the duration written out. Not a copy of this library's markup.
 */
import { seed } from './seed-content.js';

const { article, quote, person } = seed;

export const MinimalArticle = () => (
  <article>
    <p>{article.kicker}</p>
    <h2>
      <a href={article.href}>{article.title}</a>
    </h2>
    <p>{article.lead}</p>
    <p>
      <time dateTime={article.date}>{article.dateText}</time>
    </p>
    {article.paragraphs.map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
  </article>
);

export const MinimalQuote = () => (
  <figure>
    <blockquote>
      <p>{quote.text}</p>
    </blockquote>
    <figcaption>{`${quote.name}, ${quote.role}, ${quote.city}`}</figcaption>
  </figure>
);

export const MinimalCard = () => (
  <article>
    <h3>{`${person.honorific} ${person.name}`}</h3>
    <dl>
      <dt>Role</dt>
      <dd>{person.role}</dd>
      <dt>Home city</dt>
      <dd>{person.homeCity}</dd>
      <dt>Host office</dt>
      <dd>{person.hostOrganisation}</dd>
      <dt>Exchange period</dt>
      <dd>
        <time dateTime={person.period.start}>{person.periodText[0]}</time> to <time dateTime={person.period.end}>{person.periodText[1]}</time>
      </dd>
      <dt>Duration</dt>
      <dd>{person.duration}</dd>
    </dl>
  </article>
);

export const MinimalPartners = () => (
  <ul aria-label={seed.partnersLabel}>
    {seed.partners.map((name) => (
      <li key={name}>{name}</li>
    ))}
  </ul>
);

export const MinimalPage = () => (
  <main lang="en">
    <MinimalArticle />
    <MinimalQuote />
    <MinimalCard />
    <MinimalPartners />
  </main>
);
