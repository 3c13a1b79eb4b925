export { SkipLink } from './SkipLink.js';
export type { SkipLinkProps, SkipLinkVisibility } from './SkipLink.js';
export { skipLinkDefinition, skipLinkVisibilities } from './SkipLink.definition.js';
