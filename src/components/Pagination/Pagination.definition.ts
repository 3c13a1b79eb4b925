import { labelTables, type ComponentDefinition } from '../definition.js';

export const paginationLabels = labelTables({
  en: {
    label: 'Pagination',
    articlesLabel: 'Previous and next articles',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page {page}',
    previousArticle: 'Previous article',
    nextArticle: 'Next article',
  },
  'zh-Hant': {
    label: '分頁',
    articlesLabel: '上一篇及下一篇文章',
    previousPage: '上一頁',
    nextPage: '下一頁',
    page: '第{page}頁',
    previousArticle: '上一篇',
    nextArticle: '下一篇',
  },
  'zh-Hans': {
    label: '分页',
    articlesLabel: '上一篇及下一篇文章',
    previousPage: '上一页',
    nextPage: '下一页',
    page: '第{page}页',
    previousArticle: '上一篇',
    nextArticle: '下一篇',
  },
});

export const paginationDefinition = {
  name: 'Pagination',
  description: 'Links through a sequence: numbered pages of an archive, or the previous and next article with their titles.',
  parts: {
    previous: 'The link to the previous page or article.',
    next: 'The link to the next page or article.',
    direction: 'Articles: "Previous article" or "Next article", above the title.',
    title: "Articles: the neighbouring article's title.",
    list: 'Pages: the `<ul>` of page numbers.',
    item: 'Pages: one `<li>`.',
    gap: 'Pages: the "…" standing for pages not listed.',
    page: 'Pages: the link to a page by its number.',
    'page--current': 'Pages: the current page, filled and bold.',
  },
  modifiers: {
    pages: 'Numbered pages with previous and next links, for an archive.',
    articles: 'The previous and next article, each with its title.',
  },
  labels: { pagination: paginationLabels },
  tokens: {
    pagination: {
      currentBackground: 'color.brand.primary',
      currentText: 'color.brand.onPrimary',
    },
  },
} as const satisfies ComponentDefinition;
