import type { ComponentDocs } from '../../contract/definition.js';
import type { quoteBlockDefinition } from './QuoteBlock.definition.js';

/** What QuoteBlock and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A quotation or a long first-person reflection, with its attribution and source.',
  parts: {
    quote: 'Each `<blockquote>`: the quotation, and the excerpt of a collapsed reflection.',
    details: 'The `<details>` holding the full text of a collapsible reflection.',
    summary: 'The `<summary>` that opens the full reflection.',
    caption: 'The `<figcaption>`: attribution and source.',
    speaker: "The speaker's name, emphasised.",
    source: 'The link to the source.',
  },
  modifiers: {
    reflection: 'Long first-person text with an accent rule; optionally collapsible.',
    pull: 'A short quote set large.',
    inline: 'A quiet quote within body text.',
  },
} satisfies ComponentDocs<typeof quoteBlockDefinition>;
