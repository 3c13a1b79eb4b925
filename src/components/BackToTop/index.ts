export { BackToTop } from './BackToTop.js';
export type { BackToTopProps, BackToTopVariant } from './BackToTop.js';
export { backToTopDefinition, backToTopVariants } from './BackToTop.definition.js';
