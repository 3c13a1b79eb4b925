import type { ComponentDocs } from '../../contract/definition.js';
import type { calloutDefinition } from './Callout.definition.js';

/** What Callout and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'An inset notice set apart from the text around it: background information, or something readers must not miss.',
  parts: {
    icon: 'The mark of the variant: an "i" in a circle, or a "!" in a triangle. Decorative (`aria-hidden`).',
    heading: 'The optional heading.',
    body: 'The content (children).',
  },
  modifiers: {
    information: 'Background or helpful information (the default).',
    important: 'Something readers must act on or must not miss: a deadline, a condition.',
  },
} satisfies ComponentDocs<typeof calloutDefinition>;
