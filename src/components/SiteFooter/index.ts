export { SiteFooter } from './SiteFooter.js';
export type { SiteFooterGroup, SiteFooterLink, SiteFooterLinkName, SiteFooterProps } from './SiteFooter.js';
export { siteFooterDefinition, siteFooterLinkNames } from './SiteFooter.definition.js';
