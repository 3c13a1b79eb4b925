import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useLabelId } from '../../internal/ids.js';
import { cx, hasContent } from '../../internal/text.js';
import { link as linkClass } from '../../styles/base.css.js';
import { noticeBannerModel, type NoticeBannerContent } from './NoticeBanner.model.js';
import * as styles from './NoticeBanner.css.js';

export interface NoticeBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title'>, NoticeBannerContent {
  /** The message: what the notice means for the site's services, in a sentence or two. */
  children?: ReactNode;
}

/**
 * Renders a `<section>` named by its heading (a region, not an alert): the heading, for a weather
 * notice its mark and the time it was issued, the message, and a link. Nothing is rendered
 * without a heading (information, important) or a known signal (weather).
 */
export const NoticeBanner = forwardRef<HTMLElement, NoticeBannerProps>(function NoticeBanner({ children, ...props }, ref) {
  const model = noticeBannerModel(props, useLabelId('bh-notice', props.headingId));
  if (!model) return null;
  const { headingTag: Heading, kind, mark, issued, link } = model;
  return (
    <section ref={ref} {...model.root}>
      <div className={styles.inner}>
        {mark && (
          <span className={cx(styles.mark, mark.modifier && styles.markColor[mark.modifier])} aria-hidden="true">
            {mark.text}
          </span>
        )}
        <div className={styles.content}>
          <Heading className={styles.heading} id={model.headingId}>
            {kind ? (
              <>
                <span className={styles.kind}>{kind.text}</span>
                {kind.space}
                <bdi>{model.heading}</bdi>
              </>
            ) : (
              model.heading
            )}
          </Heading>
          {issued && (
            <p className={styles.issued}>
              {issued.before}
              <time dateTime={issued.dateTime}>{issued.text}</time>
              {issued.after}
            </p>
          )}
          {hasContent(children, __DEV__ ? ['NoticeBanner', 'children'] : undefined) && <div className={styles.body}>{children}</div>}
          {link && (
            <p className={styles.more}>
              <a className={cx(linkClass, styles.link)} href={link.href}>
                {link.text}
              </a>
            </p>
          )}
        </div>
      </div>
    </section>
  );
});
