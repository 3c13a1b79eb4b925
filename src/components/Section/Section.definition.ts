import type { ComponentDefinition } from '../../contract/definition.js';

export const sectionDefinition = {
  name: 'Section',
  parts: ['header', 'heading', 'description'],
} as const satisfies ComponentDefinition;
