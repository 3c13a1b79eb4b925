import type { ComponentDefinition } from '../definition.js';

/** How the teasers are laid out; the first is the default. */
export const teaserListLayouts = ['grid', 'list'] as const;

export const teaserListDefinition = {
  name: 'TeaserList',
  description: 'Article teasers as a list: a responsive grid of cards of equal height, or a compact list.',
  parts: {
    item: 'One `<li>`, holding one teaser; it stretches the teaser to the height of its row.',
  },
  modifiers: {
    grid: 'Cards (ArticleHighlight `variant="teaser"`): one column when narrow, up to three when wide.',
    list: 'One column of compact articles (ArticleHighlight `variant="compact"`), closed by a rule.',
  },
  options: { layout: teaserListLayouts },
} as const satisfies ComponentDefinition;
