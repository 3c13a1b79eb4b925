// SkipLink's rules, once, for both renderers: the React component (SkipLink.tsx) and the Nunjucks
// macro (SkipLink.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { usableId } from '../../internal/ids.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { skipLinkLabels, skipLinkVisibilities } from './SkipLink.definition.js';
import * as styles from './SkipLink.css.js';

export type SkipLinkVisibility = (typeof skipLinkVisibilities)[number];

/** SkipLink's content props. */
export interface SkipLinkContent {
  /**
   * The `id` of the page's main content (usually its `<main>`); the link is `#<targetId>`. A leading
   * `#` is dropped; an id with white space is not usable, and the default is used instead.
   * @default 'main-content'
   */
  targetId?: string;
  /**
   * `on-focus`: hidden until it has keyboard focus, then shown as a box at the top of the page;
   * `always`: always shown.
   * @default 'on-focus'
   */
  visibility?: SkipLinkVisibility;
  /**
   * The page language for the built-in label. When given, the link also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in label ("Skip to main content"). */
  labels?: Partial<(typeof skipLinkLabels)['en']>;
}

/** The link, from its props (content and, for React, the root's DOM props): its root props, `href` and text. */
export function skipLinkModel<Rest extends object>({ targetId, visibility, locale, labels, ...rest }: SkipLinkContent & Rest) {
  const id = usableId(typeof targetId === 'string' ? targetId.replace(/^#/, '') : targetId);
  if (__DEV__ && targetId !== undefined && !id) warnDev('SkipLink', '`targetId` must be an id without white space; used "main-content".');
  return {
    root: rootProps(rest, { className: cx(styles.root, styles.visibility[optionValue(skipLinkVisibilities, visibility)]), locale }),
    href: gatedUrl(`#${id ?? 'main-content'}`, hrefSchemes),
    text: labelFor(resolveLocale(locale), skipLinkLabels, labels, 'skipToMain'),
  };
}

/** The macro's model. */
export const template = (params: SkipLinkContent) => skipLinkModel(params);
