import type { ComponentDocs } from '../../contract/definition.js';
import type { sectionDefinition } from './Section.definition.js';

/** What Section and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A labelled region of a page: a heading, an optional description, and its content stacked below.',
  parts: {
    header: 'Groups the heading and the description when there is a description, so they sit closer together.',
    heading: 'The heading that names the region; its size follows its level.',
    description: 'The optional paragraph under the heading.',
  },
} satisfies ComponentDocs<typeof sectionDefinition>;
