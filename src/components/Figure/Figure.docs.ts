import type { ComponentDocs } from '../../contract/definition.js';
import type { figureDefinition } from './Figure.definition.js';

/** What Figure and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'An image with its caption and credit, in a figure that keeps its shape while the image loads.',
  parts: {
    image: 'The `<img>`.',
    caption: 'The `<figcaption>`: the caption, then the credit.',
    credit: 'The credit line, e.g. "Photo: Chan Tai-man".',
  },
  modifiers: {
    'ratio-16-9': 'The image box is 16:9; the image covers it (`object-fit: cover`).',
    'ratio-3-2': 'The image box is 3:2.',
    'ratio-4-3': 'The image box is 4:3.',
    'ratio-1-1': 'The image box is square.',
  },
} satisfies ComponentDocs<typeof figureDefinition>;
