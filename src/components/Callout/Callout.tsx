import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { cx, hasContent, textOrUndefined } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { calloutLabels, calloutVariants } from './Callout.definition.js';
import * as styles from './Callout.css.js';
import { icons, notice } from './variantMarks.js';

export type CalloutVariant = (typeof calloutVariants)[number];

export interface CalloutProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'> {
  /**
   * `information`: background or helpful information; `important`: something readers must act on
   * or must not miss. Each has its own icon, so the difference never rests on colour.
   * @default 'information'
   */
  variant?: CalloutVariant;
  /** A short heading, e.g. "Who can take part". Without one, a hidden "Information:" or "Important:" is read before the content. */
  heading?: string;
  /**
   * The level of the heading, to fit the page outline: a callout usually sits inside a section headed by an h2.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /** The content: a sentence, or paragraphs and lists as elements. Keep it short. */
  children?: ReactNode;
  /**
   * Language of the built-in labels; when given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in labels (`information`, `important`). */
  labels?: Partial<(typeof calloutLabels)['en']>;
}

/** Renders a `<div role="note">`: an icon for its variant, an optional heading and the content. */
export const Callout = forwardRef<HTMLDivElement, CalloutProps>(function Callout(
  { variant, heading, headingLevel, children, locale, labels, ...rest },
  ref,
) {
  const headingText = textOrUndefined(heading, __DEV__ ? ['Callout', 'heading'] : undefined);
  const hasBody = hasContent(children, __DEV__ ? ['Callout', 'children'] : undefined);
  if (!headingText && !hasBody) {
    if (__DEV__) warnDev('Callout', 'rendered nothing: it has neither a `heading` nor content (`children`).');
    return null;
  }
  const resolvedVariant = optionValue(calloutVariants, variant);
  const resolvedLocale = resolveLocale(locale);
  const Heading = headingTag(headingLevel, 3);

  return (
    <div ref={ref} {...rootProps(rest, { className: cx(styles.root, styles.variant[resolvedVariant]), locale })} role="note">
      <svg className={styles.icon} viewBox="0 0 10 10" width="1.25em" height="1.25em" aria-hidden="true">
        <path d={icons[resolvedVariant]} />
      </svg>
      {headingText ? (
        <Heading className={styles.heading}>{headingText}</Heading>
      ) : (
        // Without a heading, the kind of notice is read first: "Important: …". Out of the flow, so it
        // takes no grid cell and leaves the body's rhythm alone.
        <span className={visuallyHidden}>{notice(resolvedLocale, labels, resolvedVariant)}</span>
      )}
      {hasBody && <div className={styles.body}>{children}</div>}
    </div>
  );
});
