import type { ComponentDocs } from '../../contract/definition.js';
import type { pageTemplateDefinition } from './PageTemplate.definition.js';

/** What PageTemplate and each of its parts are: its docs page and its JSON Schema read this. */
export const docs = {
  description:
    "The skeleton of a whole page, in one language: skip link, notice, masthead with the language switcher and text size control, breadcrumbs, the page's `<main>`, and the footer with its links, dates and back-to-top link, all lined up on one container.",
  parts: {
    main: "The page's `<main>` (the skip link's target), holding the children; it takes the height left over when the template is given a height.",
  },
} satisfies ComponentDocs<typeof pageTemplateDefinition>;
