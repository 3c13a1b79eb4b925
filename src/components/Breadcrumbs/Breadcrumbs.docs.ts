import type { ComponentDocs } from '../../contract/definition.js';
import type { breadcrumbsDefinition } from './Breadcrumbs.definition.js';

/** What Breadcrumbs and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'Where the page sits in the site: links to the pages above it, ending with the current page.',
  parts: {
    list: 'The `<ol>` of the trail, from the home page down.',
    item: 'One step: the `<li>`. Every step after the first opens with a chevron drawn by CSS.',
    'item--current': 'The last step, the current page: plain text with `aria-current="page"`.',
    link: 'The link to a page above this one.',
  },
} satisfies ComponentDocs<typeof breadcrumbsDefinition>;
