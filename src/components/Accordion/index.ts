export { Accordion } from './Accordion.js';
export type { AccordionProps, AccordionSection } from './Accordion.js';
export { accordionDefinition } from './Accordion.definition.js';
