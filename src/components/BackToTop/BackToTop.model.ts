// BackToTop's rules, once, for both renderers: the React component (BackToTop.tsx) and the Nunjucks
// macro (BackToTop.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { usableId } from '../../internal/ids.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { backToTopLabels, backToTopVariants } from './BackToTop.definition.js';
import * as styles from './BackToTop.css.js';

export type BackToTopVariant = (typeof backToTopVariants)[number];

/** BackToTop's content props. */
export interface BackToTopContent {
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

/** The link, from its props (content and, for React, the root's DOM props): its root props, `href` and text. */
export function backToTopModel<Rest extends object>({ targetId, variant, locale, labels, ...rest }: BackToTopContent & Rest) {
  const id = usableId(typeof targetId === 'string' ? targetId.replace(/^#/, '') : targetId);
  if (__DEV__ && targetId !== undefined && !id) warnDev('BackToTop', '`targetId` must be an id without white space; used "top".');
  return {
    root: rootProps(rest, { className: cx(styles.root, styles.variant[optionValue(backToTopVariants, variant)], link), locale }),
    href: gatedUrl(`#${id ?? 'top'}`, hrefSchemes),
    text: labelFor(resolveLocale(locale), backToTopLabels, labels, 'backToTop'),
  };
}

/** The up arrow, in an 8-unit box: the default stroke width of 1 draws a 2-unit stroke at 16 units. */
export const arrow = 'M4 7V1.25M1.5 3.75 4 1.25l2.5 2.5';

/** The macro's model, with the arrow both renderers draw. */
export const template = (params: BackToTopContent) => ({ ...backToTopModel(params), arrow });
