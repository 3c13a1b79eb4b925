import type { ComponentDocs } from '../../contract/definition.js';
import type { previousNextDefinition } from './PreviousNext.definition.js';

/** What PreviousNext and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'The previous and next article of a sequence, each a link with its title.',
  parts: {
    link: 'The link to the previous or the next article: its direction above its title.',
    'link--previous': 'The link to the previous article.',
    'link--next': 'The link to the next article.',
    direction: '"Previous article" or "Next article", with its arrow.',
    title: "The neighbouring article's title.",
  },
} satisfies ComponentDocs<typeof previousNextDefinition>;
