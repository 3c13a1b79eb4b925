import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The list's name, shown before the tags unless `hideLabel` is set. */
export const tagListLabels = labelTables({
  en: { label: 'Topics' },
  'zh-Hant': { label: '主題' },
  'zh-Hans': { label: '主题' },
});

export const tagListDefinition = {
  name: 'TagList',
  parts: ['label', 'list'],
  labels: { tagList: tagListLabels },
} as const satisfies ComponentDefinition;
