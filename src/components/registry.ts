// The registry: every component of the library, one line each. The public index re-exports it, and
// everything else that needs the list (label catalogue, schemas, fixtures, build, bench, test
// matrices, Storybook controls) reads the definitions it exports. Adding a component is a new
// folder and one line here: see CONTRIBUTING.md.
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
