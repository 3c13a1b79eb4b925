import type { ComponentDocs } from '../../contract/definition.js';
import type { summaryListDefinition } from './SummaryList.definition.js';

/** What SummaryList and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'Key facts as a description list: each row a label, its value and optional actions; side by side on wide containers, stacked on narrow ones.',
  parts: {
    row: 'One fact: a `<div>` holding its `<dt>` and `<dd>` elements.',
    key: "The row's label: its `<dt>`.",
    value: "The row's value: a `<dd>`.",
    actions: "The row's actions: a `<dd>` holding one link, or a list of them.",
    'action-list': 'The `<ul>` of a row with more than one action.',
    action: 'One action: a link such as "Change".',
  },
  modifiers: {
    'with-actions': 'Some row has actions: every row keeps a column for them, so the values line up.',
  },
} satisfies ComponentDocs<typeof summaryListDefinition>;
