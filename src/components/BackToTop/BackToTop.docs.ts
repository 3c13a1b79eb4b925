import type { ComponentDocs } from '../../contract/definition.js';
import type { backToTopDefinition } from './BackToTop.definition.js';

/** What BackToTop and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A plain link back to the top of the page, in the flow or floating in the corner of a long page.',
  parts: {
    icon: 'The up arrow, hidden from screen readers.',
  },
  modifiers: {
    inline: 'In the flow of the page, e.g. at the end of an article or in the footer.',
    floating: 'Sticks to the bottom inline-end corner while its container scrolls past, on wide and tall enough screens.',
  },
} satisfies ComponentDocs<typeof backToTopDefinition>;
