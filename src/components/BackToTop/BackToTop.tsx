import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { arrow, backToTopModel, type BackToTopContent } from './BackToTop.model.js';
import * as styles from './BackToTop.css.js';

export type { BackToTopVariant } from './BackToTop.model.js';

export interface BackToTopProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'children'>, BackToTopContent {}

/** Renders a link to `#<targetId>` with an up arrow. No JavaScript; hidden in print. */
export const BackToTop = forwardRef<HTMLAnchorElement, BackToTopProps>(function BackToTop(props, ref) {
  const { root, href, text } = backToTopModel(props);
  return (
    <a ref={ref} {...root} href={href}>
      {/* The size attributes keep it at text size while the stylesheet is missing or late. */}
      <svg className={styles.icon} viewBox="0 0 8 8" width="1em" height="1em" aria-hidden>
        <path d={arrow} />
      </svg>
      {text}
    </a>
  );
});
