import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { hasContent } from '../../internal/text.js';
import { detailsModel, type DetailsContent } from './Details.model.js';
import * as styles from './Details.css.js';

export interface DetailsProps extends Omit<ComponentPropsWithoutRef<'details'>, 'children' | 'open'>, DetailsContent {
  /** The content shown when open: a sentence, or paragraphs, lists and links as elements. */
  children?: ReactNode;
}

/**
 * Renders a native `<details>`: the summary, with a chevron, then the content. It opens and closes
 * without JavaScript. Nothing is rendered without a summary or content.
 */
export const Details = forwardRef<HTMLDetailsElement, DetailsProps>(function Details({ children, ...props }, ref) {
  const model = detailsModel(props, hasContent(children, __DEV__ ? ['Details', 'children'] : undefined));
  if (!model) return null;
  return (
    <details ref={ref} {...model.root} open={model.open}>
      <summary className={styles.summary}>
        <span className={styles.summaryText}>{model.summary}</span>
      </summary>
      <div className={styles.content}>{children}</div>
    </details>
  );
});
