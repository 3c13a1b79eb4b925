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
 * What `npm test` enforces for a bundle that does not yet meet `budgets`: its size on 2026-11-27
 * plus about 1%, so it can shrink but not grow. QuoteBlock and CityPartnerBadgeStrip meet the
 * issue's budget and are held to it; styles.css too. Lower these as code shrinks and delete each
 * one once its bundle fits the real budget (bench/results.md shows the distance).
 */
export const interimCeilings: Partial<Record<'ArticleHighlight' | 'QuoteBlock' | 'ParticipantProfileCard' | 'CityPartnerBadgeStrip' | 'allComponents', number>> = {
  ArticleHighlight: 1955,
  ParticipantProfileCard: 2830,
  allComponents: 4780,
};
