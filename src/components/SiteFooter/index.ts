export { SiteFooter } from './SiteFooter.js';
export type { SiteFooterGroup, SiteFooterLink, SiteFooterProps } from './SiteFooter.js';
export { standardFooterLinks } from './standardFooterLinks.js';
export type { SiteFooterLinkName, StandardFooterLinksOptions } from './standardFooterLinks.js';
export { siteFooterDefinition, siteFooterLinkNames } from './SiteFooter.definition.js';
