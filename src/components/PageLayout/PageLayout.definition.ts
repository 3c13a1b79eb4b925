import type { ComponentDefinition } from '../definition.js';

/** How wide the page may grow; the first is the default. */
export const pageLayoutWidths = ['readable', 'wide'] as const;
/** Where the aside goes: after the content (beside it, below it when narrow) or before it. */
export const pageLayoutAsidePlacements = ['end', 'start'] as const;

export const pageLayoutDefinition = {
  name: 'PageLayout',
  description: 'The centred page container: a readable column of stacked content and an optional aside that moves below or above it at narrow widths.',
  parts: {
    content: 'The main column: its children stacked with the space between page parts.',
    aside: 'The aside column: beside the content when both fit, else below it (or above it, placed at the start).',
  },
  modifiers: {
    readable: 'The content column keeps a readable line length (the `size.measure` token).',
    wide: 'The content column may grow to the large breakpoint, for grids of teasers.',
    'with-aside': 'There is an aside: the page is wider by the aside column.',
  },
  options: { width: pageLayoutWidths, asidePlacement: pageLayoutAsidePlacements },
} as const satisfies ComponentDefinition;
