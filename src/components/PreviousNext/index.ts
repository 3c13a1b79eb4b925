export { PreviousNext } from './PreviousNext.js';
export type { NeighbourArticle, PreviousNextProps } from './PreviousNext.js';
export { previousNextDefinition } from './PreviousNext.definition.js';
