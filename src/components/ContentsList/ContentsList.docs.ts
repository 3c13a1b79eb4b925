import type { ComponentDocs } from '../../contract/definition.js';
import type { contentsListDefinition } from './ContentsList.definition.js';

/** What ContentsList and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'In-page navigation for a long article: a labelled list of links to its sections, the one being read marked.',
  parts: {
    title: 'The visible title, "Contents"; a heading when `headingLevel` is set.',
    list: 'An `<ol>` of links: the top list, with a rule along its start edge.',
    'list--nested': 'A list of subsections inside an item, indented.',
    item: 'One `<li>`: a link, and its subsections.',
    link: 'A link to a section.',
    'link--current': 'The link to the section being read: bold, with an accent bar.',
  },
} satisfies ComponentDocs<typeof contentsListDefinition>;
