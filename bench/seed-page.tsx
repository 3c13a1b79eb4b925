/** The seed page (bench/seed-content.ts) built with this library, as a site would write it. */
import { ArticleHighlight, CityPartnerBadgeStrip, ParticipantProfileCard, QuoteBlock } from 'bauhinia-ui';
import { seed } from './seed-content.js';

const { article, quote, person } = seed;

export const SeedArticle = () => (
  <ArticleHighlight locale="en" kicker={article.kicker} title={article.title} href={article.href} lead={article.lead} date={article.date}>
    {article.paragraphs.map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
  </ArticleHighlight>
);

export const SeedQuote = () => (
  <QuoteBlock locale="en" variant="pull" attribution={{ name: quote.name, role: quote.role, city: quote.city }}>
    {quote.text}
  </QuoteBlock>
);

export const SeedCard = () => (
  <ParticipantProfileCard
    locale="en"
    name={person.name}
    honorific={person.honorific}
    role={person.role}
    homeCity={person.homeCity}
    hostOrganisation={person.hostOrganisation}
    period={person.period}
  />
);

export const SeedPartners = () => <CityPartnerBadgeStrip locale="en" label={seed.partnersLabel} partners={seed.partners.map((name) => ({ name }))} />;

export const SeedPage = () => (
  <main lang="en">
    <SeedArticle />
    <SeedQuote />
    <SeedCard />
    <SeedPartners />
  </main>
);
