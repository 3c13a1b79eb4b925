import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx, hasContent } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { documentIcon, downloadLinkModel, type DownloadLinkContent } from './DownloadLink.model.js';
import * as styles from './DownloadLink.css.js';

export interface DownloadLinkProps extends Omit<ComponentPropsWithoutRef<'p'>, 'children'>, DownloadLinkContent {
  /** The link text: what the file is, e.g. "PDF version of this issue", 「本期 PDF 版本」. Nothing is rendered without it. */
  children: ReactNode;
}

/**
 * Renders a `<p>`: a document icon and a link whose text ends with the file's metadata, so a list of
 * links read out of context still says what each file is.
 */
export const DownloadLink = forwardRef<HTMLParagraphElement, DownloadLinkProps>(function DownloadLink({ children, ...props }, ref) {
  const model = downloadLinkModel(props, hasContent(children, __DEV__ ? ['DownloadLink', 'children'] : undefined));
  if (!model) return null;
  return (
    <p ref={ref} {...model.root}>
      <svg className={styles.icon} viewBox="0 0 10 10" width="1.25em" height="1.25em" aria-hidden="true">
        <path d={documentIcon} />
      </svg>
      <a className={cx(link, styles.link)} href={model.href} hrefLang={model.hreflang}>
        <bdi>{children}</bdi>
        {model.meta && model.gap}
        {model.meta && <span className={styles.meta}>{model.meta}</span>}
      </a>
    </p>
  );
});
