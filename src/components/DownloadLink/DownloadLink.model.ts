// What DownloadLink's macro (DownloadLink.njk) writes, decided by the rules DownloadLink.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { resolveLocale } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import * as styles from './DownloadLink.css.js';
import type { DownloadLinkProps } from './DownloadLink.js';
import { fileMeta } from './fileFacts.js';

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
  const [hreflang, meta, gap] = fileMeta(resolveLocale(locale), labels, fileType, size, pages, fileLang);
  return {
    root: rootProps({}, { className: styles.root, locale }),
    content,
    href: url,
    /** The file's language tag, when it is not the page's. */
    hreflang,
    /** The metadata in the page's parentheses, when anything is known about the file. */
    meta,
    /** What goes before the metadata: a space in English, nothing before a full-width parenthesis. */
    gap: gap ?? '',
  };
}
