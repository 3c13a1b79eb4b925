import { issueArchive, newsletterIssue } from '../../demo/newsletterIssue.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, labelOverrides, locale, text } from '../../fixtures/schema.js';
import type { PaginationProps } from './Pagination.js';
import { paginationDefinition as definition } from './Pagination.definition.js';

const article = { type: 'object', properties: { href: hrefUrl, title: text }, required: ['href'], additionalProperties: false };
const pageNumber = { type: 'integer', minimum: 1 };

export const schema = contentSchema(definition, {
  pageCount: { ...pageNumber, description: 'Pages: the number of pages (2 or more).' },
  currentPage: pageNumber,
  hrefTemplate: hrefUrl,
  previous: article,
  next: article,
  locale,
  labels: labelOverrides(definition),
});

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = newsletterIssue;

export const fixtures: Fixture<PaginationProps>[] = [
  {
    name: 'issues-en',
    description: 'Page 3 of an English archive of 12 issues: previous and next pages, gaps for the long ranges.',
    props: { locale: 'en', ...issueArchive },
  },
  {
    name: 'articles-zh-hant',
    description: 'The previous and next article of a Traditional Chinese issue, with their titles.',
    props: { locale: 'zh-Hant', previous: hant.previous, next: hant.next },
  },
  {
    name: 'issues-zh-hans-last-page',
    description: 'The last of 12 pages in Simplified Chinese: no next link.',
    props: { locale: 'zh-Hans', pageCount: issueArchive.pageCount, currentPage: issueArchive.pageCount, hrefTemplate: '/sc/newsletter/issues/{page}' },
  },
  {
    name: 'articles-en-first',
    description: 'The first English article of an issue: only a next article.',
    props: { locale: 'en', next: en.next },
  },
  {
    name: 'articles-zh-hans',
    description: 'Simplified Chinese previous and next articles.',
    props: { locale: 'zh-Hans', previous: hans.previous, next: hans.next },
  },
];
