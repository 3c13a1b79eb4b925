import type { ComponentDefinition } from '../../contract/definition.js';

export const detailsDefinition = {
  name: 'Details',
  parts: ['summary', 'summary-text', 'content'],
} as const satisfies ComponentDefinition;
