import type { ComponentDefinition } from '../../contract/definition.js';

/** How wide the page may grow; the first is the default. */
export const pageLayoutWidths = ['readable', 'wide'] as const;
/** Where the aside goes: after the content (beside it, below it when narrow) or before it. */
export const pageLayoutAsidePlacements = ['end', 'start'] as const;

export const pageLayoutDefinition = {
  name: 'PageLayout',
  parts: ['content', 'aside'],
  modifiers: ['readable', 'wide', 'with-aside'],
  options: { width: pageLayoutWidths, asidePlacement: pageLayoutAsidePlacements },
  slots: ['aside'],
} as const satisfies ComponentDefinition;
