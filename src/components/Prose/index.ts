export { Prose } from './Prose.js';
export type { ProseElement, ProseProps } from './Prose.js';
export { proseDefinition, proseElements } from './Prose.definition.js';
