export { RevisionDates } from './RevisionDates.js';
export type { RevisionDatesProps } from './RevisionDates.js';
export { revisionDatesDefinition } from './RevisionDates.definition.js';
