import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { breadcrumbsLabels } from './Breadcrumbs.definition.js';
import * as styles from './Breadcrumbs.css.js';
import { trailSteps } from './trailSteps.js';

const componentName = 'Breadcrumbs';

/** One step of the trail. */
export interface BreadcrumbItem {
  /** The page's name as the site's navigation names it, short: "Newsletter", 「通訊」. Steps without a usable label are skipped. */
  label: string;
  /**
   * The page's URL. Steps without a usable URL (missing, or a scheme other than http(s), mailto or
   * tel) are shown as plain text. Ignored on the last step, the current page.
   */
  href?: string;
}

export interface BreadcrumbsProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** The trail from the home page down to the current page, which comes last. */
  items: readonly BreadcrumbItem[];
  /**
   * The page language for the navigation's accessible name ("Breadcrumb"). When given, the root
   * also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in label (`breadcrumb`: the navigation's accessible name). */
  labels?: Partial<(typeof breadcrumbsLabels)['en']>;
}

/**
 * Renders a `<nav>` holding an ordered list of links to the pages above this one, ending with the
 * current page as plain text. Separators are drawn by CSS.
 */
export const Breadcrumbs = forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs({ items, locale, labels, ...rest }, ref) {
  // Wrong-typed entries (null, strings, functions) read as empty and are skipped.
  const steps = trailSteps(items);
  if (__DEV__ && steps.length < (Array.isArray(items) ? items.length : 1)) {
    warnDev(componentName, Array.isArray(items) ? 'skipped `items` without a usable `label`.' : '`items` must be an array.');
  }
  if (!steps.length) {
    if (__DEV__ && Array.isArray(items) && !items.length) warnDev(componentName, '`items` is empty; rendered nothing.');
    return null;
  }

  const last = steps.length - 1;
  return (
    <nav ref={ref} {...rootProps(rest, { className: styles.root, locale, label: labelFor(resolveLocale(locale), breadcrumbsLabels, labels, 'breadcrumb') })}>
      <ol className={styles.list}>
        {steps.map(({ text, href }, index) => {
          // The current page needs no URL; one given is checked all the same.
          const given = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'items[].href'] : undefined);
          const url = index < last ? given : undefined;
          return (
            <li key={index} className={cx(styles.item, index === last && styles.current)} aria-current={index === last ? 'page' : undefined}>
              {url ? (
                <a className={cx(link, styles.link)} href={url}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
