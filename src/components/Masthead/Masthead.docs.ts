import type { ComponentDocs } from '../../contract/definition.js';
import type { mastheadDefinition } from './Masthead.definition.js';

/** What Masthead and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "The site header: an optional identity strip, the site's title or logo linking home, the language and text size controls, the main navigation (behind a Menu on narrow screens) and the site search.",
  parts: {
    identity: 'The strip across the top for content the site passes in (say a link to the government portal).',
    bar: 'The row holding the brand and the tools; the tools wrap below the brand when the row is narrow.',
    brand: 'The site title or logo, or both.',
    home: 'The link home around the logo and the title (when `homeHref` is given).',
    logo: 'The logo the site passes in.',
    title: "The site's title.",
    tools: 'The language switcher and the text size control, at the top right.',
    'nav-row': 'The row holding the main navigation and the search: side by side on wide screens, the search below on narrow ones.',
    nav: 'The `<nav>` of the main navigation.',
    menu: 'The native `<details>` the navigation collapses into on narrow screens (five links or more); on wide screens its links show as a row.',
    'menu-button': "The `<summary>` of the Menu: a full-width bar led by the browser's own disclosure marker on narrow screens, hidden on wide ones.",
    'nav-list': 'The list of navigation links: a wrapping row, or a column inside the open Menu.',
    'nav-link': 'One navigation link (plain text when its URL is unusable).',
    'nav-link--current': 'The link to the page being shown (`aria-current="page"`).',
    search: 'The place of the search form the site passes in (`search`), after the navigation.',
  },
} satisfies ComponentDocs<typeof mastheadDefinition>;
