import type { ComponentDocs } from '../../contract/definition.js';
import type { buttonDefinition } from './Button.definition.js';

/** What Button and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'The call to action: a button that sends a form, or a link that looks like one.',
  parts: {
    icon: 'The arrow after the text of a start button, hidden from screen readers.',
  },
  modifiers: {
    primary: 'The main action of a page or form: filled in the brand colour.',
    secondary: 'An action beside the main one: outlined in the brand colour.',
    start: 'The start of a service: a primary button, larger, with an arrow.',
  },
} satisfies ComponentDocs<typeof buttonDefinition>;
