import type { ComponentDocs } from '../../contract/definition.js';
import type { articleHighlightDefinition } from './ArticleHighlight.definition.js';

/** What ArticleHighlight and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
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
} satisfies ComponentDocs<typeof articleHighlightDefinition>;
