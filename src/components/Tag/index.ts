export { Tag } from './Tag.js';
export type { TagProps, TagTone } from './Tag.js';
export { tagDefinition, tagTones } from './Tag.definition.js';
