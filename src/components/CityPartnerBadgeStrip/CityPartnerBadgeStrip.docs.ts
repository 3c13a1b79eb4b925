import type { ComponentDocs } from '../../contract/definition.js';
import type { cityPartnerBadgeStripDefinition } from './CityPartnerBadgeStrip.definition.js';

/** What CityPartnerBadgeStrip and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'The partner cities of a programme as a wrapping strip of badges, optionally grouped by region.',
  parts: {
    list: 'A `<ul>` of badges: the root itself, or one per group.',
    group: 'One region: its label and its list.',
    'group-label': "A group's visible label (a heading when `headingLevel` is set).",
    badge: 'One partner: the `<li>`, or the `<a>` inside it when the partner links somewhere.',
    'badge--link': 'A badge that is a link.',
    'badge--current': 'The current partner: filled, with a check mark.',
    check: 'The check mark of the current partner.',
    'local-name': 'The name in another script.',
  },
  modifiers: {
    grouped: 'Grouped by region: a labelled group of lists.',
  },
} satisfies ComponentDocs<typeof cityPartnerBadgeStripDefinition>;
