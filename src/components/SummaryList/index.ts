export { SummaryList } from './SummaryList.js';
export type { SummaryListAction, SummaryListProps, SummaryListRow } from './SummaryList.js';
export { summaryListDefinition } from './SummaryList.definition.js';
