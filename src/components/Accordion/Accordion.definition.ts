import type { ComponentDefinition } from '../../contract/definition.js';

export const accordionDefinition = {
  name: 'Accordion',
  parts: ['section', 'summary', 'heading', 'content'],
  slots: ['sections[].content'],
} as const satisfies ComponentDefinition;

/** A group name (`name`): a letter, then letters, digits, `_` and `-`. The model's rule and the schema's pattern. */
export const groupNamePattern = '^[A-Za-z][\\w-]*$';
