import { forwardRef, type ComponentPropsWithoutRef, type ReactElement } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../internal/rootProps.js';
import { hrefSchemes, safeUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link, visuallyHidden } from '../../styles/base.css.js';
import { paginationLabels } from './Pagination.definition.js';
import * as styles from './Pagination.css.js';

const componentName = 'Pagination';

/** A neighbouring article: where it is, and its title. */
export interface PaginationArticle {
  /** The article's URL. Unsafe URLs (e.g. `javascript:`) are dropped with the link. */
  href: string;
  /** The article's title, shown under "Previous article" / "Next article". */
  title?: string;
}

export interface PaginationProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** Pages: the number of pages. With 2 or more (and a `hrefTemplate`), the numbered form renders. */
  pageCount?: number;
  /**
   * Pages: the page shown, from 1 to `pageCount`.
   * @default 1
   */
  currentPage?: number;
  /** Pages: the URL of every page, with `{page}` standing for its number, e.g. `/issues?page={page}`. */
  hrefTemplate?: string;
  /** Articles: the previous article. Used when there is no `pageCount`. */
  previous?: PaginationArticle;
  /** Articles: the next article. Used when there is no `pageCount`. */
  next?: PaginationArticle;
  /**
   * Language of the built-in labels; when given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels. `page` must contain `{page}`, where the number goes ("Page {page}", "第{page}頁"). */
  labels?: Partial<(typeof paginationLabels)['en']>;
}

/** The page numbers to show: the first, the last, the current one and its neighbours, `0` for each gap. */
function pageRange(current: number, count: number): number[] {
  const shown = [1, current - 1, current, current + 1, count].filter((page, index, all) => page >= 1 && page <= count && all.indexOf(page) === index);
  const pages: number[] = [];
  for (const page of shown) {
    const last = pages.at(-1) ?? 0;
    // A gap of one page shows that page instead: "…" would take as much room.
    if (page - last === 2) pages.push(last + 1);
    else if (page - last > 2) pages.push(0);
    pages.push(page);
  }
  return pages;
}

/** Links through a sequence: numbered pages of an archive, or the previous and next article with their titles. */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  { pageCount, currentPage, hrefTemplate, previous, next, locale, labels, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const label = (key: keyof (typeof paginationLabels)['en']) => labelFor(resolvedLocale, paginationLabels, labels, key);
  const count = Number.isSafeInteger(pageCount) ? (pageCount as number) : 0;
  const template = typeof hrefTemplate === 'string' && hrefTemplate.includes('{page}') ? hrefTemplate : undefined;
  const hrefOf = (page: number) => safeUrl(template?.replaceAll('{page}', String(page)), hrefSchemes, __DEV__ ? [componentName, 'hrefTemplate'] : undefined);
  const numbered = count > 1 && hrefOf(1) !== undefined;
  if (__DEV__ && pageCount != null && !numbered) {
    warnDev(componentName, '`pageCount` needs to be a whole number of 2 or more, and `hrefTemplate` a safe URL with `{page}`; numbered pages not shown.');
  }

  let content: ReactElement[];
  if (numbered) {
    const current = Number.isSafeInteger(currentPage) ? Math.min(Math.max(currentPage as number, 1), count) : 1;
    const [before, after] = label('page').split('{page}');
    const pageLink = (className: string, page: number, text: string) => (
      <a key={className} className={cx(link, className)} href={hrefOf(page)}>
        {text}
      </a>
    );
    content = [
      ...(current > 1 ? [pageLink(styles.previous, current - 1, label('previousPage'))] : []),
      <ul key="pages" className={styles.list}>
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
      </ul>,
      ...(current < count ? [pageLink(styles.next, current + 1, label('nextPage'))] : []),
    ];
  } else {
    // "Previous article: title" to screen readers; the space is a text node of its own, since
    // layout drops a space at the end of the hidden colon's box.
    const english = resolvedLocale === 'en';
    const neighbour = (article: unknown, className: string, direction: string) => {
      const { href, title }: Partial<PaginationArticle> = typeof article === 'object' && article !== null ? article : {};
      const url = safeUrl(href, hrefSchemes, __DEV__ ? [componentName, 'href'] : undefined);
      const titleText = textOrUndefined(title);
      return url
        ? [
            <a key={className} className={cx(link, className)} href={url}>
              <span className={styles.direction}>{direction}</span>
              {titleText && <span className={visuallyHidden}>{english ? ':' : '：'}</span>}
              {titleText && english && ' '}
              {titleText && <span className={styles.title}>{titleText}</span>}
            </a>,
          ]
        : [];
    };
    content = [...neighbour(previous, styles.previous, label('previousArticle')), ...neighbour(next, styles.next, label('nextArticle'))];
  }

  if (!content.length) {
    if (__DEV__) warnDev(componentName, 'nothing to link to (no numbered pages, no safe `previous` or `next` URL); rendered nothing.');
    return null;
  }
  return (
    <nav ref={ref} {...rootProps(rest, { className: cx(styles.root, numbered ? styles.pages : styles.articles), locale, label: label(numbered ? 'label' : 'articlesLabel') })}>
      {content}
    </nav>
  );
});
