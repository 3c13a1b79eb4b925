import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useLabelId } from '../../internal/ids.js';
import { hasContent } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { articleHighlightModel, type ArticleHighlightContent } from './ArticleHighlight.model.js';
import * as styles from './ArticleHighlight.css.js';

export type { ArticleHighlightImage, ArticleHighlightVariant } from './ArticleHighlight.model.js';

export interface ArticleHighlightProps extends Omit<ComponentPropsWithoutRef<'article'>, 'title'>, ArticleHighlightContent {
  /** Body content. Rendered in every variant; keep it short in `teaser` and `compact`. */
  children?: ReactNode;
}

/**
 * Renders an `<article>` named by its title heading. With `href` the title is a link, and in
 * `teaser` and `compact` the whole card is its click area; the date is a `<time>`. An invalid date
 * or an unsafe image URL is left out.
 */
export const ArticleHighlight = forwardRef<HTMLElement, ArticleHighlightProps>(function ArticleHighlight({ children, ...props }, ref) {
  const id = useLabelId('bh-article', props.headingId);
  const { root, layout, kicker, title, lead, date, image, body } = articleHighlightModel(
    props,
    hasContent(children, __DEV__ ? ['ArticleHighlight', 'children'] : undefined),
    () => id,
  );
  const Heading = title?.tag ?? 'h2';

  const img = image && (
    <img className={styles.image} src={image.src} alt={image.alt} width={image.width} height={image.height} loading={image.loading} decoding="async" />
  );
  // A figure only when there is a caption to name it.
  const illustration = image?.caption ? (
    <figure className={styles.figure}>
      {img}
      <figcaption className={styles.caption}>{image.caption}</figcaption>
    </figure>
  ) : (
    img
  );

  const text = (
    <>
      {kicker && <p className={styles.kicker}>{kicker}</p>}
      {title && (
        <Heading id={title.id} className={styles.title}>
          {title.href ? (
            <a className={styles.link} href={title.href}>
              {title.text}
            </a>
          ) : (
            title.text
          )}
        </Heading>
      )}
      {lead && <p className={styles.lead}>{lead}</p>}
      {date && (
        <p className={styles.meta}>
          <span className={visuallyHidden}>{date.label}</span>
          <time dateTime={date.dateTime}>{date.text}</time>
        </p>
      )}
      {layout === 'feature' && illustration}
      {body && <div className={styles.body}>{children}</div>}
    </>
  );

  return (
    <article ref={ref} {...root}>
      {layout === 'teaser' ? (
        <>
          {illustration}
          <div className={styles.content}>{text}</div>
        </>
      ) : (
        text
      )}
    </article>
  );
});
