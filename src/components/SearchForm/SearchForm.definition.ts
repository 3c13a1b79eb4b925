import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The two looks of a search form; the first is the default. */
export const searchFormVariants = ['default', 'compact'] as const;

// 搜尋 is the Hong Kong Traditional Chinese word; 搜索 the Simplified Chinese one.
export const searchFormLabels = labelTables({
  en: { label: 'Search this site', submit: 'Search' },
  'zh-Hant': { label: '搜尋本網站', submit: '搜尋' },
  'zh-Hans': { label: '搜索本网站', submit: '搜索' },
});

export const searchFormDefinition = {
  name: 'SearchForm',
  parts: ['label', 'row', 'input', 'submit'],
  modifiers: ['compact'],
  options: { variant: searchFormVariants },
  labels: { searchForm: searchFormLabels },
} as const satisfies ComponentDefinition;
