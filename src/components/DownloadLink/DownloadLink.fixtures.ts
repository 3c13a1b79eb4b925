import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, labelOverrides, languageTag, locale, text } from '../../fixtures/schema.js';
import type { DownloadLinkProps } from './DownloadLink.js';
import { downloadLinkDefinition as definition } from './DownloadLink.definition.js';
import { docs } from './DownloadLink.docs.js';

// Kinds used by this schema alone, so they stay here rather than among the shared building blocks.
const fileType = { type: 'string', pattern: '^[A-Za-z0-9]{1,10}$', description: 'The file type as readers know it, e.g. PDF.' };
const bytes = { type: 'integer', minimum: 1, description: 'The size in bytes.' };
const pageCount = { type: 'integer', minimum: 1, description: 'The number of pages.' };

export const schema = contentSchema(
  definition,
  docs.description,
  { href: hrefUrl, children: text, fileType, size: bytes, pages: pageCount, fileLang: languageTag, locale, labels: labelOverrides(definition) },
  ['href', 'children'],
);

// The demo PDF of the January 2025 issue: its size and page count are demo values.
const issuePdf = { size: 1_234_567, pages: 12, fileType: 'PDF' };

export const fixtures: Fixture<DownloadLinkProps>[] = [
  {
    name: 'pdf-version-en',
    description: 'The PDF version of the newsletter issue, on an English page.',
    props: { locale: 'en', href: '/files/newsletter-2025-01-en.pdf', ...issuePdf },
    children: 'PDF version of this issue',
  },
  {
    name: 'pdf-version-zh-hant',
    description: 'The same in Traditional Chinese: full-width parentheses and commas, 「12 頁」.',
    props: { locale: 'zh-Hant', href: '/files/newsletter-2025-01-tc.pdf', ...issuePdf },
    children: '本期 PDF 版本',
  },
  {
    name: 'pdf-version-zh-hans',
    description: 'The same in Simplified Chinese: 「12 页」.',
    props: { locale: 'zh-Hans', href: '/files/newsletter-2025-01-sc.pdf', ...issuePdf },
    children: '本期 PDF 版本',
  },
  {
    name: 'english-file-zh-hant',
    description: 'An English file on a Traditional Chinese page: hreflang="en", and 「英文」 last in the metadata.',
    props: { locale: 'zh-Hant', href: '/files/newsletter-2025-01-en.pdf', fileLang: 'en', ...issuePdf },
    children: '英文版本',
  },
  {
    name: 'csv-en',
    description: 'A spreadsheet of the partner cities: a size and no pages.',
    props: { locale: 'en', href: '/files/partner-cities-2024.csv', fileType: 'CSV', size: 48_000 },
    children: 'Partner cities of the 2024 programme',
  },
  {
    name: 'docx-zh-hans',
    description: 'A Word document on a Simplified Chinese page: the type as the CMS knows it (never guessed from the URL), a size and no pages.',
    props: { locale: 'zh-Hans', href: '/files/programme-guide-sc.docx?download=1', fileType: 'DOCX', size: 56_300 },
    children: '交流计划指南',
  },
  {
    name: 'other-language-en',
    description: 'A file in a language other than ours: hreflang="fr", and its tag as the last item of the metadata.',
    props: { locale: 'en', href: '/files/programme-summary-fr.pdf', fileType: 'PDF', pages: 2, fileLang: 'fr' },
    children: 'Programme summary',
  },
];
