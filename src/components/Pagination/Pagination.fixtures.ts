import { issueArchive } from '../../pages/content/newsletterIssue.js';
import type { Fixture } from '../../fixtures/fixture.js';
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

export const fixtures: Fixture<PaginationProps>[] = [
  {
    name: 'issues-en',
    description: 'Page 3 of an English archive of 12 issues: previous and next, gaps for the long ranges.',
    props: { locale: 'en', ...issueArchive },
  },
  {
    name: 'issues-zh-hant-first-page',
    description: 'The first of 12 pages in Traditional Chinese: no previous link.',
    props: { locale: 'zh-Hant', pageCount: issueArchive.pageCount, currentPage: 1, hrefTemplate: '/tc/newsletter/issues?page={page}' },
  },
  {
    name: 'issues-zh-hans-last-page',
    description: 'The last of 12 pages in Simplified Chinese, issues named through labels: no next link.',
    props: {
      locale: 'zh-Hans',
      pageCount: issueArchive.pageCount,
      currentPage: issueArchive.pageCount,
      hrefTemplate: '/sc/newsletter/issues/{page}',
      labels: { label: '通讯期数', page: '第{page}期' },
    },
  },
];
