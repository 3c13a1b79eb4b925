import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const breadcrumbsLabels = labelTables({
  en: { breadcrumb: 'Breadcrumb' },
  'zh-Hant': { breadcrumb: '導覽路徑' },
  'zh-Hans': { breadcrumb: '导览路径' },
});

export const breadcrumbsDefinition = {
  name: 'Breadcrumbs',
  parts: ['list', 'item', 'item--current', 'link'],
  labels: { breadcrumbs: breadcrumbsLabels },
  tokens: {
    breadcrumbs: { separator: 'color.text.muted' },
  },
} as const satisfies ComponentDefinition;
