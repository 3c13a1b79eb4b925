import type { ComponentDocs } from '../../contract/definition.js';
import type { mastheadDefinition } from './Masthead.definition.js';

/** What Masthead and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "The site header: an optional identity strip, the site's title or logo linking home, the language and text size controls, and the main navigation.",
  parts: {
    identity: 'The strip across the top for content the site passes in (say a link to the government portal).',
    bar: 'The row holding the brand and the tools; the tools wrap below the brand when the row is narrow.',
    brand: 'The site title or logo, or both.',
    home: 'The link home around the logo and the title (when `homeHref` is given).',
    logo: 'The logo the site passes in.',
    title: "The site's title.",
    tools: 'The language switcher and the text size control, at the top right.',
    nav: 'The `<nav>` of the main navigation.',
    'nav-list': 'The list of navigation links; it wraps onto more lines on narrow screens.',
    'nav-link': 'One navigation link (plain text when its URL is unusable).',
    'nav-link--current': 'The link to the page being shown (`aria-current="page"`).',
  },
} satisfies ComponentDocs<typeof mastheadDefinition>;
