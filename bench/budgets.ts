/**
 * The size ceilings issue #11 sets, in bytes of gzip (level 9), as `npm run bench` measures them;
 * `npm test` holds every bundle to them (tests/node/budgets.test.ts). Below them clarity wins.
 */
export const budgets = {
  /**
   * The four mission components, each bundled alone with the shared helpers it pulls in.
   * ArticleHighlight's was 2.0 KiB until issue 18 gave its image `width` and `height` (no layout
   * shift; the pixels check it shares with Figure) and every locale the Hong Kong URL codes: 1.98 KiB
   * became 2.07 KiB.
   */
  mission: { ArticleHighlight: 2176, QuoteBlock: 2048, CityPartnerBadgeStrip: 2048, ParticipantProfileCard: 3072 } as Record<string, number>,
  /** The four mission components in one bundle. */
  missionTogether: 5 * 1024,
  /** Every later component, alone: its JavaScript, and its own CSS (css/<Name>.css without the shared base). */
  component: { js: 1.5 * 1024, css: 1024 },
  /**
   * A component made of others, alone with every part it renders: PageTemplate carries SkipLink,
   * Masthead, LanguageSwitcher, TextSizeControl, Breadcrumbs, SiteFooter (with standardFooterLinks'
   * labels in three languages), RevisionDates and BackToTop (4.75 KiB when it was added).
   */
  composite: { PageTemplate: 5 * 1024 } as Record<string, number>,
  /** Every export of the package in one bundle. */
  library: 16 * 1024,
  /** dist/styles.css, minified. */
  stylesCss: 10 * 1024,
} as const;

/** The JavaScript ceiling of one component. */
export const jsBudget = (name: string): number => budgets.mission[name] ?? budgets.composite[name] ?? budgets.component.js;

export const missionComponents = Object.keys(budgets.mission);
