import type { ComponentDocs } from '../../contract/definition.js';
import type { skipLinkDefinition } from './SkipLink.definition.js';

/** What SkipLink and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "The page's first link: jumps past the masthead and navigation to the main content.",
  parts: {},
  modifiers: {
    'on-focus': 'Hidden until it has keyboard focus, then shown as a box at the top of the page.',
    always: 'Always shown, for sites that want every reader to see it.',
  },
} satisfies ComponentDocs<typeof skipLinkDefinition>;
