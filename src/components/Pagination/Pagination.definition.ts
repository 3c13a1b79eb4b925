import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const paginationLabels = labelTables({
  en: { label: 'Pagination', previous: 'Previous page', next: 'Next page', page: 'Page {page}' },
  'zh-Hant': { label: '分頁', previous: '上一頁', next: '下一頁', page: '第{page}頁' },
  'zh-Hans': { label: '分页', previous: '上一页', next: '下一页', page: '第{page}页' },
});

export const paginationDefinition = {
  name: 'Pagination',
  parts: ['previous', 'next', 'list', 'item', 'gap', 'page', 'page--current'],
  labels: { pagination: paginationLabels },
  tokens: {
    pagination: {
      currentBackground: 'color.brand.primary',
      currentText: 'color.brand.onPrimary',
    },
  },
} as const satisfies ComponentDefinition;
