import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, labelOverrides, locale, pageUrlTemplate } from '../../fixtures/schema.js';
import type { PaginationProps } from './Pagination.js';
import { paginationDefinition as definition } from './Pagination.definition.js';
import { docs } from './Pagination.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    pageCount: { type: 'integer', minimum: 2, description: 'The number of pages.' },
    currentPage: { type: 'integer', minimum: 1, description: 'The page shown, at most pageCount.' },
    // Any URL the gate keeps; `{page}` stands for the page number.
    hrefTemplate: pageUrlTemplate,
    locale,
    labels: labelOverrides(definition),
  },
  ['pageCount', 'hrefTemplate'],
);

// The archive of a newsletter's issues, 12 pages of it, under each language's part of the site.
const pageCount = 12;
const prefix: Record<Locale, string> = { en: '/en', 'zh-Hant': '/tc', 'zh-Hans': '/sc' };

export const fixtures: Fixture<PaginationProps>[] = [
  ...inEachLanguage<PaginationProps>('issues', 'Page 3 of an archive of 12 issues: previous and next, gaps for the long ranges', (locale) => ({
    props: { locale, pageCount, currentPage: 3, hrefTemplate: `${prefix[locale]}/newsletter/issues?page={page}` },
  })),
  {
    name: 'issues-zh-hant-first-page',
    description: 'The first of 12 pages in Traditional Chinese: no previous link.',
    props: { locale: 'zh-Hant', pageCount, currentPage: 1, hrefTemplate: '/tc/newsletter/issues?page={page}' },
  },
  {
    name: 'issues-zh-hans-last-page',
    description: 'The last of 12 pages in Simplified Chinese, issues named through labels: no next link.',
    props: {
      locale: 'zh-Hans',
      pageCount,
      currentPage: pageCount,
      hrefTemplate: '/sc/newsletter/issues/{page}',
      labels: { label: '通讯期数', page: '第{page}期' },
    },
  },
];
