export { Section } from './Section.js';
export type { SectionProps } from './Section.js';
export { sectionDefinition } from './Section.definition.js';
