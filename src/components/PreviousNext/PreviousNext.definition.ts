import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const previousNextLabels = labelTables({
  en: { label: 'Previous and next articles', previous: 'Previous article', next: 'Next article' },
  'zh-Hant': { label: '上一篇及下一篇文章', previous: '上一篇', next: '下一篇' },
  'zh-Hans': { label: '上一篇及下一篇文章', previous: '上一篇', next: '下一篇' },
});

export const previousNextDefinition = {
  name: 'PreviousNext',
  parts: ['link', 'link--previous', 'link--next', 'direction', 'title'],
  labels: { previousNext: previousNextLabels },
} as const satisfies ComponentDefinition;
