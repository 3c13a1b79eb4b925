/**
 * The reference article's topics and its issue's PDF version, per language. The file's size and
 * page count are demo values.
 */
import type { Locale, TagListItem } from 'bauhinia-ui';
import { languagePaths } from './site.js';

const topicNames: Record<Locale, [highlights: string, programme: string, bayArea: string]> = {
  en: ['Highlights', 'Civil Service Exchange Programme', 'Greater Bay Area'],
  'zh-Hant': ['精選', '公務員交流計劃', '大灣區'],
  'zh-Hans': ['精选', '公务员交流计划', '大湾区'],
};
const topicSlugs = ['highlights', 'civil-service-exchange', 'greater-bay-area'];

/** The article's topics, each linking to its topic page. */
export const articleTopics = (locale: Locale): TagListItem[] =>
  topicNames[locale].map((label, index) => ({ label, href: `${languagePaths[locale]}/topics/${topicSlugs[index]}/` }));

/** The PDF version of the January 2025 issue, one file per language. */
export const issuePdf = (locale: Locale) => ({
  href: `/files/newsletter-2025-01-${languagePaths[locale].slice(1)}.pdf`,
  fileType: 'PDF',
  size: 1_234_567,
  pages: 12,
  title: locale === 'en' ? 'PDF version of this issue' : '本期 PDF 版本',
});
