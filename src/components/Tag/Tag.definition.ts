import type { ComponentDefinition } from '../../contract/definition.js';

/** The two tones of a tag; the first is the default. */
export const tagTones = ['neutral', 'strong'] as const;

export const tagDefinition = {
  name: 'Tag',
  parts: [],
  modifiers: ['link', 'strong'],
  options: { tone: tagTones },
  tokens: {
    tag: {
      background: 'color.badge.background',
      text: 'color.badge.text',
      border: 'color.badge.border',
      strongBackground: 'color.brand.primary',
      strongText: 'color.brand.onPrimary',
    },
  },
} as const satisfies ComponentDefinition;
