import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { fragmentId } from '../../internal/ids.js';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { backToTopLabels, backToTopVariants } from './BackToTop.definition.js';
import * as styles from './BackToTop.css.js';
import { arrow } from './arrow.js';

export type BackToTopVariant = (typeof backToTopVariants)[number];

export interface BackToTopProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'children'> {
  /**
   * Where the link goes: `#<targetId>`. The default, `#top`, scrolls to the top of the page in every
   * browser even when no element has that id (the HTML standard says so); give an element at the
   * top (the `<body>`, the masthead) that id so keyboard focus continues from there too. A leading
   * `#` is dropped; an id with white space is not usable, and `top` is used instead.
   * @default 'top'
   */
  targetId?: string;
  /**
   * `inline`: in the flow, e.g. in the footer; `floating`: sticks to the bottom inline-end corner
   * while its container scrolls past, on screens at least 64em wide and 36em tall (inline on
   * smaller ones). Put a floating link last in the element that holds the long content.
   * @default 'inline'
   */
  variant?: BackToTopVariant;
  /**
   * The page language for the built-in label. When given, the link also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in label ("Back to top"). */
  labels?: Partial<(typeof backToTopLabels)['en']>;
}

/** Renders a link to `#<targetId>` with an up arrow. No JavaScript; hidden in print. */
export const BackToTop = forwardRef<HTMLAnchorElement, BackToTopProps>(function BackToTop({ targetId, variant, locale, labels, ...rest }, ref) {
  const id = fragmentId(targetId);
  if (__DEV__ && targetId !== undefined && !id) warnDev('BackToTop', '`targetId` must be an id without white space; used "top".');
  return (
    <a
      ref={ref}
      {...rootProps(rest, { className: cx(styles.root, styles.variant[optionValue(backToTopVariants, variant)], link), locale })}
      href={`#${id ?? 'top'}`}
    >
      {/* The size attributes keep it at text size while the stylesheet is missing or late. */}
      <svg className={styles.icon} viewBox="0 0 8 8" width="1em" height="1em" aria-hidden>
        <path d={arrow} />
      </svg>
      {labelFor(resolveLocale(locale), backToTopLabels, labels, 'backToTop')}
    </a>
  );
});
