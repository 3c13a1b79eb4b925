import { createElement, forwardRef, Fragment, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { quoteBlockModel, type QuoteBlockContent } from './QuoteBlock.model.js';
import * as styles from './QuoteBlock.css.js';
import { quoteParagraphs } from './quoteParagraphs.js';

export type { QuoteAttribution, QuoteVariant } from './QuoteBlock.model.js';

export interface QuoteBlockProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children' | 'cite'>, QuoteBlockContent {
  /**
   * The quotation: a string, an array of strings (one paragraph each), or paragraphs as elements
   * (`<p>`). Text mixed with inline elements (`<em>`, `<a>`) becomes one paragraph. Nothing is
   * rendered when it is empty.
   */
  children?: ReactNode;
}

/**
 * Renders a `<figure>`: the quotation in a `<blockquote>` (a collapsible reflection shows its excerpt
 * and keeps the full text in a native `<details>`), then the attribution and the source link in a
 * `<figcaption>`. An empty quotation renders nothing.
 */
export const QuoteBlock = forwardRef<HTMLElement, QuoteBlockProps>(function QuoteBlock({ children, ...props }, ref) {
  const paragraphs = quoteParagraphs(children);
  const model = quoteBlockModel(props, paragraphs.length > 0);
  if (!model) return null;
  const { excerpt, details, caption } = model;

  // The paragraphs carry no keys, so they go in as separate children.
  const quote = (...content: ReactNode[]) => createElement('blockquote', { className: styles.quote, cite: model.cite, lang: model.lang }, ...content);

  return (
    <figure ref={ref} {...model.root}>
      {excerpt && quote(<p>{excerpt}</p>)}
      {details ? (
        <details className={styles.details} open={details.open}>
          <summary className={styles.summary}>{details.summary}</summary>
          {quote(...paragraphs)}
        </details>
      ) : (
        quote(...paragraphs)
      )}
      {caption && (
        <figcaption className={styles.caption}>
          {/* Each part isolated (<bdi>), so a right-to-left override pasted into one reorders no other. */}
          {caption.speaker && <bdi className={styles.speaker}>{caption.speaker}</bdi>}
          {caption.others.map(({ before, text }, index) => (
            <Fragment key={index}>
              {before}
              <bdi>{text}</bdi>
            </Fragment>
          ))}
          {caption.source && (
            <a className={cx(link, styles.source)} href={caption.source.href}>
              {caption.source.text}
            </a>
          )}
        </figcaption>
      )}
    </figure>
  );
});
