import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const contentsLabels = labelTables({
  en: { label: 'Contents' },
  'zh-Hant': { label: '目錄' },
  'zh-Hans': { label: '目录' },
});

export const contentsListDefinition = {
  name: 'ContentsList',
  parts: ['title', 'list', 'list--nested', 'item', 'link', 'link--current'],
  labels: { contents: contentsLabels },
  tokens: {
    contents: {
      rule: 'color.border.subtle',
      currentBar: 'color.border.accent',
    },
  },
} as const satisfies ComponentDefinition;
