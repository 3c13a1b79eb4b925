import type { ComponentDocs } from '../../contract/definition.js';
import type { tableDefinition } from './Table.definition.js';

/** What Table and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A data table with a caption, column headers and optional row headers, numeric columns aligned, that scrolls inside its own region on a narrow screen.',
  parts: {
    table: 'The `<table>` itself, at least as wide as its region.',
    caption: 'The `<caption>`: names the table and the scrolling region around it.',
    row: 'Every `<tr>`, head and body: carries the rules or the stripes.',
    header: 'A column header (`<th scope="col">`).',
    'header--numeric': 'The header of a numeric column, aligned to the end like its figures.',
    'row-header': 'A row header (`<th scope="row">`), the first cell of a row that has one.',
    cell: 'A data cell (`<td>`).',
    'cell--numeric': 'A cell of a numeric column: end-aligned, tabular figures, never broken across lines.',
  },
  modifiers: {
    ruled: 'A thin rule under every row (the default).',
    zebra: 'Every second row on a quiet background instead of rules; printed as rules.',
  },
} satisfies ComponentDocs<typeof tableDefinition>;
