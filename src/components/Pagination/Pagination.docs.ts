import type { ComponentDocs } from '../../contract/definition.js';
import type { paginationDefinition } from './Pagination.definition.js';

/** What Pagination and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'Numbered pages of an archive or a long list: previous, the page numbers with gaps, next.',
  parts: {
    previous: 'The link to the previous page.',
    next: 'The link to the next page.',
    list: 'The `<ul>` of page numbers.',
    item: 'One `<li>`.',
    gap: 'The "…" standing for pages not listed.',
    page: 'The link to a page by its number.',
    'page--current': 'The current page: filled and bold.',
  },
} satisfies ComponentDocs<typeof paginationDefinition>;
