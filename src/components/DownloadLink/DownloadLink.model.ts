// DownloadLink's rules, once, for every renderer: the React component (DownloadLink.tsx) and the
// Nunjucks macro (DownloadLink.njk) render what this model says. No React here.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, validLanguageTag, type LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { warnDev } from '../../internal/devWarning.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { downloadLinkLabels } from './DownloadLink.definition.js';
import * as styles from './DownloadLink.css.js';

const componentName = 'DownloadLink';

/** DownloadLink's content props: everything but the link text (`children`). */
export interface DownloadLinkContent {
  /** The file's URL. Nothing is rendered when it is unusable (e.g. `javascript:`). */
  href: string;
  /** The file's type as readers know it: "PDF", "CSV", "DOCX" (1-10 letters and digits, shown in capitals). */
  fileType?: string;
  /** The file's size in bytes (a whole number from 1), shown in decimal units: 1,234,567 bytes is "1.2 MB". */
  size?: number;
  /** The number of pages (a whole number from 1), for documents that have them. */
  pages?: number;
  /**
   * The file's language (BCP 47, e.g. `en`, `zh-Hant`). When it is not the page's, the link gets
   * `hreflang` and the language is named last in the metadata: ours by name ("Traditional
   * Chinese", 「英文」), any other by its tag (`fr`).
   */
  fileLang?: string;
  /**
   * The page's language (one of ours): of the metadata's words and punctuation, and the language
   * `fileLang` is compared with. When given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in words (`page`, `pages`, `languageEn`, `languageZhHant`, `languageZhHans`). */
  labels?: Partial<(typeof downloadLinkLabels)['en']>;
}

type RootAttributes = ReturnType<typeof rootProps>;

export interface DownloadLinkModel<Rest> {
  root: Rest & RootAttributes;
  href: string;
  /** The file's language tag for `hreflang`, when it is not the page's. */
  hreflang: string | undefined;
  /** What goes between the title and the metadata: a space in English, nothing before a full-width parenthesis. */
  gap: string;
  /** The metadata in parentheses, or undefined when nothing is known about the file. */
  meta: string | undefined;
}

/** A page with a folded corner, and an arrow pointing down on it: 10 units, 1-unit strokes. */
export const documentIcon = 'M6 .75H2.25v8.5h5.5v-6.5zM6 .75v2.25h1.75M5 4.25v3M3.75 6 5 7.25 6.25 6';

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

const languageKeys = { en: 'languageEn', 'zh-Hant': 'languageZhHant', 'zh-Hans': 'languageZhHans' } as const;

/** A whole number from 1, or undefined. */
const wholeNumber = (value: unknown): number | undefined => (Number.isInteger(value) && (value as number) >= 1 ? (value as number) : undefined);

/** DownloadLink's model; undefined when there is no usable URL or no link text (`hasText`). */
export function downloadLinkModel<Rest extends object>(
  { href, fileType, size, pages, fileLang, locale, labels, ...rest }: DownloadLinkContent & Rest,
  hasText: boolean,
): DownloadLinkModel<Omit<Rest, keyof DownloadLinkContent>> | undefined {
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'href'] : undefined);
  if (!url || !hasText) {
    if (__DEV__) warnDev(componentName, `rendered nothing: it needs a usable \`href\` and link text (\`children\`).`);
    return undefined;
  }
  const page = resolveLocale(locale);
  const label = (key: keyof (typeof downloadLinkLabels)['en']) => labelFor(page, downloadLinkLabels, labels, key);

  const type = typeof fileType === 'string' && /^[A-Za-z\d]{1,10}$/.test(fileType) ? fileType.toUpperCase() : undefined;
  const bytes = wholeNumber(size);
  const pageCount = wholeNumber(pages);
  const fileTag = validLanguageTag(fileLang);
  if (__DEV__) {
    if (fileType !== undefined && !type) warnDev(componentName, '`fileType` must be 1-10 letters or digits, e.g. "PDF"; left out.');
    if (size !== undefined && !bytes) warnDev(componentName, '`size` must be a whole number from 1; left out.');
    if (pages !== undefined && !pageCount) warnDev(componentName, '`pages` must be a whole number from 1; left out.');
    if (fileLang !== undefined && !fileTag) warnDev(componentName, '`fileLang` is not a BCP 47 language tag; left out.');
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
  const english = page === 'en';
  return {
    root: rootProps(rest as Omit<Rest, keyof DownloadLinkContent> & RootAttributes, { className: styles.root, locale }),
    href: url,
    hreflang,
    gap: english ? ' ' : '',
    meta: items.length ? (english ? `(${items.join(', ')})` : `（${items.join('，')}）`) : undefined,
  };
}

/** The macro's model: DownloadLink's own, with the link text (the macro's children, by the fixture contract) and the icon. */
export function template(params: DownloadLinkContent, { content }: TemplateInput) {
  const model = downloadLinkModel(params, content.present);
  return model && { ...model, content, icon: documentIcon };
}
