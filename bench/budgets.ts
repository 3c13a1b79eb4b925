/** The size ceilings issue #6 sets, in bytes of gzip (level 9). The benchmark reports against these. */
export const budgets = {
  /** One component bundled alone, with the shared helpers it pulls in. */
  component: 1.5 * 1024,
  /** All four components in one bundle (library code only, no page content). */
  allComponents: 3.5 * 1024,
  /** dist/styles.css after minification. */
  stylesCss: 4 * 1024,
} as const;

/**
 * What `npm test` enforces for the JavaScript until it meets `budgets`: each bundle's size on
 * 2026-11-24 plus about 2%. The JavaScript is still over the ceilings (see
 * bench/results.md); these interim ceilings only stop it growing. Lower them as code shrinks and
 * delete each one once its bundle fits the real budget. styles.css already meets its budget and is
 * held to it.
 */
export const interimCeilings: Record<'ArticleHighlight' | 'QuoteBlock' | 'ParticipantProfileCard' | 'CityPartnerBadgeStrip' | 'allComponents', number> = {
  ArticleHighlight: 2450,
  QuoteBlock: 1960,
  ParticipantProfileCard: 3670,
  CityPartnerBadgeStrip: 2280,
  allComponents: 6500,
};
