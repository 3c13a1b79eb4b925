export { TagList } from './TagList.js';
export type { TagListItem, TagListProps } from './TagList.js';
export { tagListDefinition } from './TagList.definition.js';
