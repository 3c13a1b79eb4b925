// What both of DownloadLink's renderers (DownloadLink.tsx and the macro's model) take to write the
// file's metadata.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, validLanguageTag, type Locale } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { downloadLinkLabels } from './DownloadLink.definition.js';

type FileLabels = (typeof downloadLinkLabels)['en'];

const units = ['KB', 'MB', 'GB', 'TB'];

/**
 * A file size in decimal units with a no-break space: one decimal below 10 ("1.2 MB"), none from 10
 * ("350 KB"), no ".0"; 1-999 bytes is "1 KB".
 */
export function fileSize(bytes: number): string {
  // The unit: the first whose rounded count is below 1000, so 999,500 bytes is "1 MB", not "1000 KB".
  let unit = 0;
  let scale = 1000;
  while (unit < units.length - 1 && Math.round(bytes / scale) >= 1000) {
    unit++;
    scale *= 1000;
  }
  // Integer tenths, so 9,950 bytes is "10 KB" as written, not 9.9 by a binary rounding error.
  const tenths = Math.max(Math.round((bytes * 10) / scale), 10);
  return `${tenths < 100 ? tenths / 10 : Math.round(bytes / scale)}\u00a0${units[unit]}`;
}

/**
 * The file type as the page writes it ("PDF"): 1 to 10 letters or digits, in capitals; undefined for
 * anything else (the published schema's `fileType` pattern is the same rule).
 */
const fileTypeLabel = (value: unknown): string | undefined => (typeof value === 'string' && /^[a-z\d]{1,10}$/i.test(value) ? value.toUpperCase() : undefined);

/** A whole number from 1 (a size in bytes, a page count), or undefined. */
const wholeNumber = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) >= 1 ? (value as number) : undefined);

/** The label that names each of our languages, for a file in another language than the page. */
const languageKeys = { en: 'languageEn', 'zh-Hant': 'languageZhHant', 'zh-Hans': 'languageZhHans' } as const;

/**
 * What the link says about its file in the page's language, for both renderers: the file's language
 * tag when it is not the page's (`hreflang`), and the metadata in the page's parentheses ("(PDF,
 * 1.2 MB, 12 pages)", 「（PDF，1.2 MB，12 頁）」) when anything is known, with the space that goes
 * before the English parenthesis (none goes before the full-width one). A list rather than an object,
 * as `weatherNotice` gives: its property names would be carried in every bundle. In development it
 * says what it leaves out.
 */
export function fileMeta(
  page: Locale,
  labels: Partial<FileLabels> | undefined,
  fileType: unknown,
  size: unknown,
  pages: unknown,
  fileLang: unknown,
): [hreflang?: string, meta?: string, gap?: string] {
  const label = (key: keyof FileLabels) => labelFor(page, downloadLinkLabels, labels, key);
  const type = fileTypeLabel(fileType);
  const bytes = wholeNumber(size);
  const pageCount = wholeNumber(pages);
  const fileTag = validLanguageTag(fileLang);
  if (__DEV__) {
    if (fileType !== undefined && !type) warnDev('DownloadLink', '`fileType` must be 1-10 letters or digits, e.g. "PDF"; left out.');
    if (size !== undefined && !bytes) warnDev('DownloadLink', '`size` must be a whole number from 1; left out.');
    if (pages !== undefined && !pageCount) warnDev('DownloadLink', '`pages` must be a whole number from 1; left out.');
    if (fileLang !== undefined && !fileTag) warnDev('DownloadLink', '`fileLang` is not a BCP 47 language tag; left out.');
  }
  // Ours by their script (`en…` is English, `zh…` Traditional or Simplified); the page is in one of
  // ours, so a file in any other language is never in the page's.
  const fileLocale = fileTag && /^(en|zh)(?![^-])/.test(fileTag) ? resolveLocale(fileTag) : undefined;
  const hreflang = fileLocale === page ? undefined : fileTag;
  const items = [
    type,
    bytes && fileSize(bytes),
    pageCount && label(pageCount === 1 ? 'page' : 'pages').replace('{count}', String(pageCount)),
    hreflang && (fileLocale ? label(languageKeys[fileLocale]) : hreflang),
  ].filter(Boolean);
  if (!items.length) return [hreflang];
  return page === 'en' ? [hreflang, `(${items.join(', ')})`, ' '] : [hreflang, `（${items.join('，')}）`];
}
