import type { ComponentDocs } from '../../contract/definition.js';
import type { pageLayoutDefinition } from './PageLayout.definition.js';

/** What PageLayout and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "The page's content on the page's container (where the masthead, breadcrumbs and footer line up): a readable column of stacked content and an optional aside that moves below or above it at narrow widths.",
  parts: {
    content: 'The main column: its children stacked with the space between page parts.',
    aside: 'The aside column: beside the content when both fit, else below it (or above it, placed at the start).',
  },
  modifiers: {
    readable: 'The content column keeps a readable line length (the `size.measure` token).',
    wide: 'The content column takes the whole container (the large breakpoint), for grids of teasers.',
    'with-aside': 'There is an aside: it takes the room the content column leaves in the container.',
  },
} satisfies ComponentDocs<typeof pageLayoutDefinition>;
