export { Callout } from './Callout.js';
export type { CalloutProps, CalloutVariant } from './Callout.js';
export { calloutDefinition, calloutVariants } from './Callout.definition.js';
