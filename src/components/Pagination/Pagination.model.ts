// What Pagination's macro (Pagination.njk) writes, decided by the rules Pagination.tsx uses; its
// page range is the one rule both import. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { paginationLabels } from './Pagination.definition.js';
import * as styles from './Pagination.css.js';
import type { PaginationProps } from './Pagination.js';
import { pageRange } from './pageRange.js';

/**
 * The macro's model: the nav's root props (named by its label), the previous and next links when
 * there are such pages, and the pages shown, each with its URL, its name ("Page 3") and whether it
 * is the current one, or `0` for a gap. Undefined with fewer than two pages or no safe URL.
 */
export function template({ pageCount, currentPage, hrefTemplate, locale, labels }: PaginationProps) {
  const resolvedLocale = resolveLocale(locale);
  const text = (key: keyof (typeof paginationLabels)['en']) => labelFor(resolvedLocale, paginationLabels, labels, key);
  const count = Number.isSafeInteger(pageCount) ? pageCount : 0;
  const pattern = typeof hrefTemplate === 'string' && hrefTemplate.includes('{page}') ? hrefTemplate : undefined;
  const hrefOf = (page: number) => gatedUrl(pattern?.replaceAll('{page}', String(page)), hrefSchemes);
  if (count < 2 || !hrefOf(1)) return undefined;
  const current = Number.isSafeInteger(currentPage) ? Math.min(Math.max(currentPage!, 1), count) : 1;
  const [before, after = ''] = text('page').split('{page}');
  return {
    root: rootProps({}, { className: styles.root, locale, label: text('label') }),
    previous: current > 1 ? { href: hrefOf(current - 1), text: text('previous') } : undefined,
    pages: pageRange(current, count).map((page) => page && { number: page, href: hrefOf(page), label: `${before}${page}${after}`, current: page === current }),
    next: current < count ? { href: hrefOf(current + 1), text: text('next') } : undefined,
  };
}
