import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const partnerLabels = labelTables({
  en: { label: 'Partner cities', current: 'Current partner', otherRegion: 'Other partners' },
  'zh-Hant': { label: '合作城市', current: '本期合作城市', otherRegion: '其他合作地區' },
  'zh-Hans': { label: '合作城市', current: '本期合作城市', otherRegion: '其他合作地区' },
});

export const cityPartnerBadgeStripDefinition = {
  name: 'CityPartnerBadgeStrip',
  parts: ['list', 'group', 'group-label', 'badge', 'badge--link', 'badge--current', 'check', 'local-name'],
  modifiers: ['grouped'],
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
