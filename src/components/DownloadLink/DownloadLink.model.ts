// What DownloadLink's macro (DownloadLink.njk) writes, decided by the rules DownloadLink.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, validLanguageTag } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { downloadLinkLabels } from './DownloadLink.definition.js';
import * as styles from './DownloadLink.css.js';
import type { DownloadLinkLabels, DownloadLinkProps } from './DownloadLink.js';
import { fileSize, fileTypeLabel, languageKeys, wholeNumber } from './fileFacts.js';

/**
 * The macro's model; undefined when there is no usable URL or no link text (the macro's children,
 * by the fixture contract). Like React, it warns in development about what it leaves out.
 */
export function template({ href, fileType, size, pages, fileLang, locale, labels }: Omit<DownloadLinkProps, 'children'>, { content }: TemplateInput) {
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? ['DownloadLink', 'href'] : undefined);
  if (!url || !content.present) {
    if (__DEV__) warnDev('DownloadLink', 'rendered nothing: it needs a usable `href` and link text (`children`).');
    return undefined;
  }
  const page = resolveLocale(locale);
  const label = (key: keyof DownloadLinkLabels) => labelFor(page, downloadLinkLabels, labels, key);

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

  // Ours by their script, as DownloadLink.tsx says.
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
    root: rootProps({}, { className: styles.root, locale }),
    content,
    href: url,
    /** The file's language tag, when it is not the page's. */
    hreflang,
    /** The metadata in the page's parentheses, when anything is known about the file. */
    meta: items.length ? (english ? `(${items.join(', ')})` : `（${items.join('，')}）`) : undefined,
    /** What goes before the metadata: a space in English, nothing before a full-width parenthesis. */
    gap: english ? ' ' : '',
  };
}
