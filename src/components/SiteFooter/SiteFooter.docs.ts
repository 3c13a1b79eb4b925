import type { ComponentDocs } from '../../contract/definition.js';
import type { siteFooterDefinition } from './SiteFooter.definition.js';

/** What SiteFooter and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "The site footer: the site's links in groups (standardFooterLinks() writes the usual Hong Kong set), badges, the copyright line, and a slot for the page's dates (RevisionDates).",
  parts: {
    'back-to-top': 'The place for a back-to-top link, at the top of the footer.',
    nav: 'The `<nav>` of the footer links.',
    group: 'One group of links, with its heading.',
    heading: "A group's heading.",
    list: "A group's list of links.",
    link: 'One footer link.',
    badges: 'The badges the site passes in (say an accessibility recognition logo).',
    meta: 'The row of the copyright line and the dates (the `dates` slot, e.g. `<RevisionDates>`).',
    copyright: 'The copyright line.',
  },
  modifiers: {
    grouped: 'More than one group of links: the groups stand in columns that wrap.',
  },
} satisfies ComponentDocs<typeof siteFooterDefinition>;
