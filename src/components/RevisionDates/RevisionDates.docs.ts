import type { ComponentDocs } from '../../contract/definition.js';
import type { revisionDatesDefinition } from './RevisionDates.definition.js';

/** What RevisionDates and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "A page's last revision date and review date (修訂日期, 覆檢日期) as a description list, for the site footer or the end of the content.",
  parts: {
    date: 'One date: the `<div>` of its label and its value.',
    label: 'The `<dt>` of a date ("Last revision date", 修訂日期), followed by a drawn colon.',
  },
} satisfies ComponentDocs<typeof revisionDatesDefinition>;
