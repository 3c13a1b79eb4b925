import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { usableId } from '../../internal/ids.js';
import { cx } from '../../internal/text.js';
import { skipLinkLabels, skipLinkVisibilities } from './SkipLink.definition.js';
import * as styles from './SkipLink.css.js';

export type SkipLinkVisibility = (typeof skipLinkVisibilities)[number];

export interface SkipLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'children'> {
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

/** Renders a link to `#<targetId>`, hidden until it has keyboard focus unless `visibility="always"`; no JavaScript. */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink({ targetId, visibility, locale, labels, ...rest }, ref) {
  const id = usableId(typeof targetId === 'string' ? targetId.replace(/^#/, '') : targetId);
  if (__DEV__ && targetId !== undefined && !id) warnDev('SkipLink', '`targetId` must be an id without white space; used "main-content".');
  return (
    <a
      ref={ref}
      {...rootProps(rest, { className: cx(styles.root, styles.visibility[optionValue(skipLinkVisibilities, visibility)]), locale })}
      href={gatedUrl(`#${id ?? 'main-content'}`, hrefSchemes)}
    >
      {labelFor(resolveLocale(locale), skipLinkLabels, labels, 'skipToMain')}
    </a>
  );
});
