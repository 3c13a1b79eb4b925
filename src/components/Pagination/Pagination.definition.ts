import { labelTables, type ComponentDefinition } from '../definition.js';

export const paginationLabels = labelTables({
  en: { label: 'Pagination', previous: 'Previous page', next: 'Next page', page: 'Page {page}' },
  'zh-Hant': { label: '分頁', previous: '上一頁', next: '下一頁', page: '第{page}頁' },
  'zh-Hans': { label: '分页', previous: '上一页', next: '下一页', page: '第{page}页' },
});

export const paginationDefinition = {
  name: 'Pagination',
  description: 'Numbered pages of an archive or a long list: previous, the page numbers with gaps, next.',
  parts: {
    previous: 'The link to the previous page.',
    next: 'The link to the next page.',
    list: 'The `<ul>` of page numbers.',
    item: 'One `<li>`.',
    gap: 'The "…" standing for pages not listed.',
    page: 'The link to a page by its number.',
    'page--current': 'The current page: filled and bold.',
  },
  labels: { pagination: paginationLabels },
  tokens: {
    pagination: {
      currentBackground: 'color.brand.primary',
      currentText: 'color.brand.onPrimary',
    },
  },
} as const satisfies ComponentDefinition;
