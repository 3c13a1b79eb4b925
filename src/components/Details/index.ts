export { Details } from './Details.js';
export type { DetailsProps } from './Details.js';
export { detailsDefinition } from './Details.definition.js';
