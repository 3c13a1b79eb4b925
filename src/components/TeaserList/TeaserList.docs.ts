import type { ComponentDocs } from '../../contract/definition.js';
import type { teaserListDefinition } from './TeaserList.definition.js';

/** What TeaserList and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'Article teasers as a list: a responsive grid of cards of equal height, or a compact list.',
  parts: {
    item: 'One `<li>`, holding one teaser; it stretches the teaser to the height of its row.',
  },
  modifiers: {
    grid: 'Cards (ArticleHighlight `variant="teaser"`): one column when narrow, up to three when wide.',
    list: 'One column of compact articles (ArticleHighlight `variant="compact"`), closed by a rule.',
  },
} satisfies ComponentDocs<typeof teaserListDefinition>;
