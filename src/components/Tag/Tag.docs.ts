import type { ComponentDocs } from '../../contract/definition.js';
import type { tagDefinition } from './Tag.definition.js';

/** What Tag and each of its modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A short topic or status label ("Features", 專題), plain text or a link to the topic’s page.',
  parts: {},
  modifiers: {
    link: 'The tag is a link (`<a>`): underlined, with the focus ring.',
    strong: 'The filled tone, in the brand colour, for the one tag that should stand out (a status such as "New").',
  },
} satisfies ComponentDocs<typeof tagDefinition>;
