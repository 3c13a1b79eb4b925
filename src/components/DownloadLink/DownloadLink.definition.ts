import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/**
 * The words of the file's metadata: the page count ({count} is the number) and the names of our
 * three languages, said when the file is in another language than the page. Hong Kong's Simplified
 * pages say 英文 too (they are converted from the Traditional; 英语 would read as Mainland usage).
 */
export const downloadLinkLabels = labelTables({
  en: { page: '{count} page', pages: '{count} pages', languageEn: 'English', languageZhHant: 'Traditional Chinese', languageZhHans: 'Simplified Chinese' },
  'zh-Hant': { page: '{count} 頁', pages: '{count} 頁', languageEn: '英文', languageZhHant: '繁體中文', languageZhHans: '簡體中文' },
  'zh-Hans': { page: '{count} 页', pages: '{count} 页', languageEn: '英文', languageZhHant: '繁体中文', languageZhHans: '简体中文' },
});

export const downloadLinkDefinition = {
  name: 'DownloadLink',
  parts: ['icon', 'link', 'meta'],
  labels: { downloadLink: downloadLinkLabels },
} as const satisfies ComponentDefinition;
