export { PageLayout } from './PageLayout.js';
export type { PageLayoutAsidePlacement, PageLayoutProps, PageLayoutWidth } from './PageLayout.js';
export { pageLayoutAsidePlacements, pageLayoutDefinition, pageLayoutWidths } from './PageLayout.definition.js';
