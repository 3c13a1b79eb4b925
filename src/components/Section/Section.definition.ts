import type { ComponentDefinition } from '../definition.js';

export const sectionDefinition = {
  name: 'Section',
  description: 'A labelled region of a page: a heading, an optional description, and its content stacked below.',
  parts: {
    header: 'Groups the heading and the description when there is a description, so they sit closer together.',
    heading: 'The heading that names the region; its size follows its level.',
    description: 'The optional paragraph under the heading.',
  },
} as const satisfies ComponentDefinition;
