import { createElement, forwardRef, version, type ComponentPropsWithoutRef } from 'react';
import { figureModel, type FigureContent } from './Figure.model.js';
import * as styles from './Figure.css.js';

export type { FigureAspectRatio, FigureFetchPriority, FigureLoading } from './Figure.model.js';

export interface FigureProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children'>, FigureContent {}

// React 19 knows `fetchPriority`; React 18 warns about the camel-case name and passes the lower-case
// attribute through as it is.
const fetchPriorityProp = version.startsWith('18.') ? 'fetchpriority' : 'fetchPriority';

/**
 * Renders a `<figure>` whose box keeps its shape while the image loads (from `width` and `height`,
 * or `aspectRatio`), so nothing on the page moves; caption and credit share its `<figcaption>`.
 */
export const Figure = forwardRef<HTMLElement, FigureProps>(function Figure(props, ref) {
  const model = figureModel(props);
  if (!model) return null;
  const { root, image, caption, credit } = model;
  return (
    <figure ref={ref} {...root}>
      {image &&
        createElement('img', {
          className: styles.image,
          src: image.src,
          alt: image.alt,
          width: image.width,
          height: image.height,
          loading: image.loading,
          decoding: 'async',
          [fetchPriorityProp]: image.fetchPriority,
        })}
      {(caption || credit) && (
        <figcaption className={styles.caption}>
          {caption}
          {credit && (
            <span className={styles.credit}>
              {credit.before}
              {/* The name isolated, so a right-to-left override in it leaves the label's words in order. */}
              <bdi>{credit.text}</bdi>
              {credit.after}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
});
