import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { hasContent } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { calloutModel, type CalloutContent } from './Callout.model.js';
import * as styles from './Callout.css.js';

export type { CalloutVariant } from './Callout.model.js';

export interface CalloutProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'>, CalloutContent {
  /** The content: a sentence, or paragraphs and lists as elements. Keep it short. */
  children?: ReactNode;
}

/** Renders a `<div role="note">`: an icon for its variant, an optional heading and the content. */
export const Callout = forwardRef<HTMLDivElement, CalloutProps>(function Callout({ children, ...props }, ref) {
  const model = calloutModel(props, () => hasContent(children, __DEV__ ? ['Callout', 'children'] : undefined));
  if (!model) return null;
  const { root, icon, headingTag: Heading, headingText, body, notice } = model;

  return (
    <div ref={ref} {...root} role="note">
      <svg className={styles.icon} viewBox="0 0 10 10" width="1.25em" height="1.25em" aria-hidden="true">
        <path d={icon} />
      </svg>
      {Heading ? (
        <Heading className={styles.heading}>{headingText}</Heading>
      ) : (
        // Without a heading, the kind of notice is read first: "Important: …". Out of the flow, so it
        // takes no grid cell and leaves the body's rhythm alone.
        <span className={visuallyHidden}>{notice}</span>
      )}
      {body && <div className={styles.body}>{children}</div>}
    </div>
  );
});
