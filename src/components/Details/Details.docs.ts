import type { ComponentDocs } from '../../contract/definition.js';
import type { detailsDefinition } from './Details.definition.js';

/** What Details and each of its parts are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'One native disclosure: a short question or label that opens to more, for information most readers do not need.',
  parts: {
    summary: 'The `<summary>`, the control that opens and closes the content; its chevron turns when open.',
    'summary-text': 'The summary\'s text, underlined like a link (the chevron is not).',
    content: 'The content (children), set off by a rule at its inline start.',
  },
} satisfies ComponentDocs<typeof detailsDefinition>;
