import { labelTables, type ComponentDefinition } from '../definition.js';

export const partnerLabels = labelTables({
  en: { label: 'Partner cities', current: 'Current partner', otherRegion: 'Other partners' },
  'zh-Hant': { label: '合作城市', current: '本期合作城市', otherRegion: '其他合作地區' },
  'zh-Hans': { label: '合作城市', current: '本期合作城市', otherRegion: '其他合作地区' },
});

export const cityPartnerBadgeStripDefinition = {
  name: 'CityPartnerBadgeStrip',
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
  labels: { partners: partnerLabels },
  tokens: {
    badge: {
      background: 'color.badge.background',
      text: 'color.badge.text',
      border: 'color.badge.border',
      currentBackground: 'color.badge.currentBackground',
      currentText: 'color.badge.currentText',
      currentBorder: 'color.badge.currentBorder',
    },
  },
} as const satisfies ComponentDefinition;
