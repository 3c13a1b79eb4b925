// The registry: every component of the library, one line each. The public index re-exports it, and
// everything else that needs the list (label catalogue, schemas, fixtures, build, bench, test
// matrices, Storybook controls) reads the definitions it exports. Adding a component is a new
// folder and one line here: see CONTRIBUTING.md.
export * from './ArticleHighlight/index.js';
export * from './QuoteBlock/index.js';
export * from './ParticipantProfileCard/index.js';
export * from './CityPartnerBadgeStrip/index.js';
export * from './Callout/index.js';
export * from './SummaryList/index.js';
export * from './Figure/index.js';
export * from './Prose/index.js';
