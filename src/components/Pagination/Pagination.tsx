import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { paginationLabels } from './Pagination.definition.js';
import * as styles from './Pagination.css.js';
import { pageRange } from './pageRange.js';

export interface PaginationProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** The number of pages. With fewer than 2 nothing renders. */
  pageCount: number;
  /**
   * The page shown, from 1 to `pageCount`.
   * @default 1
   */
  currentPage?: number;
  /** The URL of every page, with `{page}` standing for its number, e.g. `/issues?page={page}`. */
  hrefTemplate: string;
  /**
   * Language of the built-in labels; when given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels. `page` must contain `{page}`, where the number goes ("Issue {page}", "第{page}期"). */
  labels?: Partial<(typeof paginationLabels)['en']>;
}

/**
 * Renders a `<nav>`: a previous link, a list of page links from `hrefTemplate` with gaps ("…"), and
 * a next link. Each page link is named "Page 3" and the current one carries `aria-current="page"`.
 * Fewer than two pages render nothing.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  { pageCount, currentPage, hrefTemplate, locale, labels, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const count = Number.isSafeInteger(pageCount) ? pageCount : 0;
  const template = typeof hrefTemplate === 'string' && hrefTemplate.includes('{page}') ? hrefTemplate : undefined;
  const hrefOf = (page: number) => gatedUrl(template?.replaceAll('{page}', String(page)), hrefSchemes, __DEV__ ? ['Pagination', 'hrefTemplate'] : undefined);
  if (count < 2 || !hrefOf(1)) {
    if (__DEV__) warnDev('Pagination', '`pageCount` must be a whole number of 2 or more, and `hrefTemplate` a safe URL with `{page}`; rendered nothing.');
    return null;
  }
  const current = Number.isSafeInteger(currentPage) ? Math.min(Math.max(currentPage!, 1), count) : 1;
  const [before, after] = labelFor(resolvedLocale, paginationLabels, labels, 'page').split('{page}');
  return (
    <nav ref={ref} {...rootProps(rest, { className: styles.root, locale, label: labelFor(resolvedLocale, paginationLabels, labels, 'label') })}>
      {current > 1 && (
        <a className={cx(link, styles.previous)} href={hrefOf(current - 1)}>
          {labelFor(resolvedLocale, paginationLabels, labels, 'previous')}
        </a>
      )}
      <ul className={styles.list}>
        {pageRange(current, count).map((page, index) => (
          <li key={index} className={styles.item}>
            {page ? (
              // Named "Page 3" / 「第3頁」: the visible number is part of the name (WCAG 2.5.3).
              <a
                className={cx(link, styles.page, page === current && styles.current)}
                href={hrefOf(page)}
                aria-label={`${before}${page}${after ?? ''}`}
                aria-current={page === current ? 'page' : undefined}
              >
                {page}
              </a>
            ) : (
              <span className={styles.gap}>…</span>
            )}
          </li>
        ))}
      </ul>
      {current < count && (
        <a className={cx(link, styles.next)} href={hrefOf(current + 1)}>
          {labelFor(resolvedLocale, paginationLabels, labels, 'next')}
        </a>
      )}
    </nav>
  );
});
