export { ContentsList } from './ContentsList.js';
export type { ContentsItem, ContentsListProps } from './ContentsList.js';
export { contentsListDefinition } from './ContentsList.definition.js';
