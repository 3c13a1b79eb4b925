import type { ComponentDefinition } from '../../contract/definition.js';

/** The element Prose renders; the first is the default. */
export const proseElements = ['div', 'article', 'section'] as const;

export const proseDefinition = {
  name: 'Prose',
  // Prose renders no parts of its own: it styles the caller's elements.
  parts: [],
  options: { as: proseElements },
  // No component tokens: the semantic ones are enough here, and each alias costs bytes in every
  // theme's declarations (Prose's own CSS is close to the 1 KiB ceiling).
} as const satisfies ComponentDefinition;
