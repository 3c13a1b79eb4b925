import { labelTables, type ComponentDefinition } from '../definition.js';

/** The layouts an ArticleHighlight can take; the first is the default. */
export const articleHighlightVariants = ['feature', 'teaser', 'compact'] as const;

export const articleLabels = labelTables({
  en: { published: 'Published' },
  'zh-Hant': { published: '發佈日期' },
  'zh-Hans': { published: '发布日期' },
});

export const articleHighlightDefinition = {
  name: 'ArticleHighlight',
  description: 'A newsletter feature or teaser: kicker, linked title, date, lead, image and body.',
  parts: {
    content: 'Teaser only: the text beside or below the image.',
    kicker: 'The short label above the title.',
    title: 'The heading.',
    link: 'The title link; in a linked teaser or compact article it covers the whole card.',
    lead: 'The one-sentence summary.',
    meta: 'The publication date line.',
    figure: 'The `<figure>` of a captioned image.',
    image: 'The image.',
    caption: 'The image caption.',
    body: 'The body content (children).',
  },
  modifiers: {
    feature: 'Large, for the top of a page.',
    teaser: 'A card with the image on top, or beside the text when the card is wide.',
    compact: 'Text only, for lists.',
    linked: 'A teaser or compact article with a link: the whole card is clickable.',
  },
  options: { variant: articleHighlightVariants },
  labels: { article: articleLabels },
  tokens: {
    article: {
      kickerColor: 'color.text.accent',
      ruleColor: 'color.border.accent',
      ruleWidth: 'borderWidth.accent',
      cardBackground: 'color.surface.raised',
      cardBorder: 'color.border.subtle',
    },
  },
} as const satisfies ComponentDefinition;
