import type { ComponentDefinition } from '../../contract/definition.js';

/** How the teasers are laid out; the first is the default. */
export const teaserListLayouts = ['grid', 'list'] as const;

export const teaserListDefinition = {
  name: 'TeaserList',
  parts: ['item'],
  modifiers: teaserListLayouts,
  options: { layout: teaserListLayouts },
} as const satisfies ComponentDefinition;
