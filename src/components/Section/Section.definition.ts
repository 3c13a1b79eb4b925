import type { ComponentDefinition } from '../definition.js';

export const sectionDefinition = {
  name: 'Section',
  parts: ['header', 'heading', 'description'],
} as const satisfies ComponentDefinition;
