import type { ComponentDocs } from '../../contract/definition.js';
import type { noticeBannerDefinition } from './NoticeBanner.definition.js';

/** What NoticeBanner and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'The notice at the very top of every page, before the masthead: a service notice, an important one, or the special arrangements while a typhoon or rainstorm signal is in force.',
  parts: {
    inner: 'The row on the page container: the mark, then the content.',
    mark: 'A weather notice\'s mark: the signal\'s number, or `!` for extreme conditions; hidden from assistive technology (the heading names the signal).',
    'mark--amber': 'The mark of the Amber Rainstorm Warning Signal: a swatch in its colour.',
    'mark--red': 'The mark of the Red Rainstorm Warning Signal: a swatch in its colour.',
    'mark--black': 'The mark of the Black Rainstorm Warning Signal: a swatch in its colour.',
    content: 'The heading, time, message and link, after a bar in the notice\'s colour.',
    kind: 'An important notice\'s kind ("Important:", 「重要：」), first in the heading, in bold.',
    heading: 'The heading that names the region: the site\'s heading, or the signal in force.',
    issued: 'When the signal was issued (extreme conditions: announced), with a `<time>`.',
    body: 'The site\'s message (children).',
    more: 'The paragraph holding the link.',
    link: 'The link to the site\'s arrangements, or to more information.',
  },
  modifiers: {
    information: 'A service notice: a maintenance window, an office closure.',
    important: 'A notice readers must not miss; the heading starts with "Important".',
    weather: 'A typhoon or rainstorm signal, or extreme conditions, and the site\'s arrangements.',
    severe: 'No. 8 and above, the Red and Black Rainstorm Warning Signals and extreme conditions: an inverted strip.',
  },
} satisfies ComponentDocs<typeof noticeBannerDefinition>;
