import type { ComponentDocs } from '../../contract/definition.js';
import type { proseDefinition } from './Prose.definition.js';

/** What Prose and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'Typography for the rich text a CMS or Markdown emits, passed as children: headings, paragraphs, lists, links, quotations, tables, figures and code, styled by element name.',
  parts: {},
} satisfies ComponentDocs<typeof proseDefinition>;
