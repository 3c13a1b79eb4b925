// The registry: every component of the library, named here twice and nowhere else outside its
// folder. Its export line makes it public (src/index.ts re-exports this module) and gives it its
// stylesheet (css/<Name>.css, and its place in styles.css). Its entry in `definitions` puts it in
// every list derived from the registry: the label catalogue, the component tokens, the schemas and
// fixtures, the bench, the test matrices and Storybook's controls. Two lines, because `export *`
// binds no name that a list could hold. The entries read this module's own exports (a module may
// import itself): an entry without its export line does not compile, and an export line without its
// entry fails src/components/registry.test.tsx. How to add a component: CONTRIBUTING.md.
import type { ComponentDefinition } from '../contract/definition.js';
import * as registry from './registry.js';

export * from './ArticleHighlight/index.js';
export * from './QuoteBlock/index.js';
export * from './ParticipantProfileCard/index.js';
export * from './CityPartnerBadgeStrip/index.js';
export * from './Masthead/index.js';
export * from './SiteFooter/index.js';
export * from './RevisionDates/index.js';
export * from './TextSizeControl/index.js';
export * from './SkipLink/index.js';
export * from './BackToTop/index.js';
export * from './LanguageSwitcher/index.js';
export * from './Breadcrumbs/index.js';
export * from './Section/index.js';
export * from './ContentsList/index.js';
export * from './PageLayout/index.js';
export * from './Pagination/index.js';
export * from './PreviousNext/index.js';
export * from './TeaserList/index.js';
export * from './Callout/index.js';
export * from './SummaryList/index.js';
export * from './Figure/index.js';
export * from './Prose/index.js';
export * from './PageTemplate/index.js';
export * from './Details/index.js';
export * from './Accordion/index.js';
export * from './NoticeBanner/index.js';
export * from './Button/index.js';
export * from './SearchForm/index.js';
export * from './FeedbackPrompt/index.js';
export * from './Tag/index.js';
export * from './TagList/index.js';
export * from './DownloadLink/index.js';
export * from './Table/index.js';

const registered = [
  registry.articleHighlightDefinition,
  registry.quoteBlockDefinition,
  registry.participantProfileCardDefinition,
  registry.cityPartnerBadgeStripDefinition,
  registry.mastheadDefinition,
  registry.siteFooterDefinition,
  registry.revisionDatesDefinition,
  registry.textSizeControlDefinition,
  registry.skipLinkDefinition,
  registry.backToTopDefinition,
  registry.languageSwitcherDefinition,
  registry.breadcrumbsDefinition,
  registry.sectionDefinition,
  registry.contentsListDefinition,
  registry.pageLayoutDefinition,
  registry.paginationDefinition,
  registry.previousNextDefinition,
  registry.teaserListDefinition,
  registry.calloutDefinition,
  registry.summaryListDefinition,
  registry.figureDefinition,
  registry.proseDefinition,
  registry.pageTemplateDefinition,
  registry.detailsDefinition,
  registry.accordionDefinition,
  registry.noticeBannerDefinition,
  registry.buttonDefinition,
  registry.searchFormDefinition,
  registry.feedbackPromptDefinition,
  registry.tagDefinition,
  registry.tagListDefinition,
  registry.downloadLinkDefinition,
  registry.tableDefinition,
] as const satisfies readonly ComponentDefinition[];

/** Every component's definition, in the order of the export lines (which is the order of the stylesheets). */
export const definitions: readonly ComponentDefinition[] = registered;

/** Any one registered definition with its own literal facts: the label catalogue's and the component tokens' types are made of them. */
export type RegisteredDefinition = (typeof registered)[number];
