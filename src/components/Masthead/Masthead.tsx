import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { slot } from '../../internal/slot.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { mastheadLabels, type mastheadCollapseNavigation } from './Masthead.definition.js';
import * as styles from './Masthead.css.js';

const componentName = 'Masthead';

/** One link of the main navigation. */
export interface MastheadNavigationItem {
  /** The link text, e.g. "What's new". Items without a usable label are left out. */
  label: string;
  /** Where it goes. An unsafe URL (e.g. `javascript:`) is dropped and the item shows as plain text. */
  href: string;
  /** Marks the section or page being shown: `aria-current="page"` and a bar under the link. Only the first one counts. */
  current?: boolean;
}

export interface MastheadProps extends Omit<ComponentPropsWithoutRef<'header'>, 'title' | 'children'> {
  /** The site's title, e.g. "Civil Service Exchange Programme". Shown beside the logo, if any. */
  title?: string;
  /**
   * The logo, as the site's own element (an `<img>` or `<svg>` with its text alternative). No logo
   * is built in: a department's crest or brand is content the site passes in.
   */
  logo?: ReactNode;
  /** Makes the title and logo one link home. Only http(s), mailto, tel and relative URLs are kept. */
  homeHref?: string;
  /** Content for a thin strip across the top, e.g. a link to the government portal. */
  identity?: ReactNode;
  /**
   * The main navigation: a labelled `<nav>` with one link per item. On narrow screens five links or
   * more collapse behind a "Menu" (a native `<details>`, no JavaScript); fewer wrap onto two lines.
   */
  navigation?: readonly MastheadNavigationItem[];
  /**
   * `never` keeps the navigation a wrapping row on narrow screens, however many links it has.
   * @default 'auto'
   */
  collapseNavigation?: (typeof mastheadCollapseNavigation)[number];
  /** The site search (`<SearchForm variant="compact">`, given the page's `locale`), after the navigation. */
  search?: ReactNode;
  /** The language switcher (e.g. `<LanguageSwitcher>`), placed at the top right. */
  languageSwitcher?: ReactNode;
  /** The text size control (`<TextSizeControl>`), placed after the language switcher. */
  textSize?: ReactNode;
  /**
   * Language of the built-in label (the navigation's name). When given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in labels: `navigation` ("Main menu" / 主選單 / 主菜单), the navigation's name, and `menu` ("Menu" / 選單 / 菜单). */
  labels?: Partial<(typeof mastheadLabels)['en']>;
}

/**
 * Renders a `<header>`: the identity strip, a bar with the home link and the language and text size
 * controls at the top right, then the main navigation and the search. No JavaScript: every row
 * wraps at narrow widths, five links or more collapse behind a native `<details>` "Menu" there, and
 * navigation, search and tools are left out of print.
 */
export const Masthead = forwardRef<HTMLElement, MastheadProps>(function Masthead(
  { title, logo, homeHref, identity, navigation, collapseNavigation, search, languageSwitcher, textSize, locale, labels, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const titleText = textOrUndefined(title, __DEV__ ? [componentName, 'title'] : undefined);
  // Each slot is undefined when it holds nothing to show, and an element (truthy) when it does.
  const logoNode = slot(logo, __DEV__ ? [componentName, 'logo'] : undefined);
  const identityNode = slot(identity, __DEV__ ? [componentName, 'identity'] : undefined);
  const languageNode = slot(languageSwitcher, __DEV__ ? [componentName, 'languageSwitcher'] : undefined);
  const textSizeNode = slot(textSize, __DEV__ ? [componentName, 'textSize'] : undefined);
  const searchNode = slot(search, __DEV__ ? [componentName, 'search'] : undefined);
  const home = gatedUrl(homeHref, hrefSchemes, __DEV__ ? [componentName, 'homeHref'] : undefined);

  let currentTaken = false;
  const items = (Array.isArray(navigation) ? navigation : []).flatMap((entry: unknown, index) => {
    // Wrong-typed entries (null, strings) read as empty.
    const { label, href, current }: Partial<MastheadNavigationItem> = typeof entry === 'object' && entry !== null ? entry : {};
    const text = textOrUndefined(label);
    if (!text) return [];
    const link = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'navigation[].href'] : undefined);
    if (__DEV__ && href == null) warnDev(componentName, `the \`navigation\` item "${text}" has no \`href\`; shown as text.`);
    const isCurrent = current === true && !currentTaken;
    if (__DEV__ && current === true && currentTaken) warnDev(componentName, 'more than one `navigation` item is `current`; only the first is marked.');
    currentTaken ||= isCurrent;
    // Without a usable URL the item stays as text, so the menu keeps its shape.
    const Link = (link ? 'a' : 'span') as 'a';
    return [
      <li key={index}>
        <Link className={cx(styles.navLink, isCurrent && styles.current)} href={link} aria-current={isCurrent ? 'page' : undefined}>
          {text}
        </Link>
      </li>,
    ];
  });
  if (__DEV__ && navigation != null && Array.isArray(navigation) && items.length < navigation.length) {
    warnDev(componentName, `skipped ${navigation.length - items.length} \`navigation\` item(s) without a usable \`label\`.`);
  }

  const hasBrand = titleText || logoNode;
  const hasTools = languageNode || textSizeNode;
  const hasNavRow = items.length > 0 || searchNode;
  if (__DEV__ && !hasBrand) warnDev(componentName, 'neither `title` nor `logo` is given; the header names no site.');
  if (!hasBrand && !hasTools && !identityNode && !hasNavRow) return null;
  const brand = (
    <>
      {logoNode && <span className={styles.logo}>{logoNode}</span>}
      {titleText && <span className={styles.title}>{titleText}</span>}
    </>
  );
  const list = <ul className={styles.navList}>{items}</ul>;

  return (
    <header ref={ref} {...rootProps(rest, { className: styles.root, locale })}>
      {identityNode && <div className={styles.identity}>{identityNode}</div>}
      {(hasBrand || hasTools) && (
        <div className={styles.bar}>
          {hasBrand && (
            <div className={styles.brand}>
              {home ? (
                <a className={styles.home} href={home}>
                  {brand}
                </a>
              ) : (
                brand
              )}
            </div>
          )}
          {hasTools && (
            <div className={styles.tools}>
              {languageNode}
              {textSizeNode}
            </div>
          )}
        </div>
      )}
      {hasNavRow && (
        <div className={styles.navRow}>
          {items.length > 0 && (
            <nav className={styles.nav} aria-label={labelFor(resolvedLocale, mastheadLabels, labels, 'navigation')}>
              {/* Five links or more: behind a Menu on narrow screens, where fewer wrap onto two short lines. */}
              {items.length > 4 && collapseNavigation !== 'never' ? (
                <details className={styles.menu}>
                  <summary className={styles.menuButton}>{labelFor(resolvedLocale, mastheadLabels, labels, 'menu')}</summary>
                  {list}
                </details>
              ) : (
                list
              )}
            </nav>
          )}
          {searchNode && <div className={styles.search}>{searchNode}</div>}
        </div>
      )}
    </header>
  );
});
