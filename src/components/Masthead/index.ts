export { Masthead } from './Masthead.js';
export type { MastheadNavigationItem, MastheadProps } from './Masthead.js';
export { mastheadDefinition } from './Masthead.definition.js';
