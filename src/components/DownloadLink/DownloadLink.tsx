import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import { warnDev } from '../../internal/devWarning.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx, hasContent } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { downloadLinkLabels } from './DownloadLink.definition.js';
import * as styles from './DownloadLink.css.js';
import { fileMeta } from './fileFacts.js';

/** The link's classes: the kit's link look, then its own. */
const linkClass = cx(link, styles.link);

export type DownloadLinkLabels = (typeof downloadLinkLabels)['en'];

export interface DownloadLinkProps extends Omit<ComponentPropsWithoutRef<'p'>, 'children'> {
  /** The link text: what the file is, e.g. "PDF version of this issue", 「本期 PDF 版本」. Nothing is rendered without it. */
  children: ReactNode;
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
  labels?: Partial<DownloadLinkLabels>;
}

/**
 * Renders a `<p>`: a document icon (an empty `<span>` the stylesheet draws) and a link whose text
 * ends with the file's metadata, so a list of links read out of context still says what each file
 * is. Renders nothing without a usable `href` or without link text.
 */
export const DownloadLink = forwardRef<HTMLParagraphElement, DownloadLinkProps>(function DownloadLink(
  { children, href, fileType, size, pages, fileLang, locale, labels, ...rest },
  ref,
) {
  const hasText = hasContent(children, __DEV__ ? ['DownloadLink', 'children'] : undefined);
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? ['DownloadLink', 'href'] : undefined);
  if (!url || !hasText) {
    if (__DEV__) warnDev('DownloadLink', 'rendered nothing: it needs a usable `href` and link text (`children`).');
    return null;
  }
  const [hreflang, meta, gap] = fileMeta(resolveLocale(locale), labels, fileType, size, pages, fileLang);
  return (
    <p ref={ref} {...rootProps(rest, { className: styles.root, locale })}>
      <span className={styles.icon} />
      <a className={linkClass} href={url} hrefLang={hreflang}>
        <bdi>{children}</bdi>
        {gap}
        {meta && <span className={styles.meta}>{meta}</span>}
      </a>
    </p>
  );
});
