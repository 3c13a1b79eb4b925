import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { LocaleInput } from '../../i18n/locale.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { slot } from '../../internal/slot.js';
import { cx, hasContent } from '../../internal/text.js';
import { pageLayoutAsidePlacements, pageLayoutWidths } from './PageLayout.definition.js';
import * as styles from './PageLayout.css.js';

export type PageLayoutWidth = (typeof pageLayoutWidths)[number];
export type PageLayoutAsidePlacement = (typeof pageLayoutAsidePlacements)[number];

export interface PageLayoutProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The page's content (an article, sections, pagination), stacked one below another. */
  children?: ReactNode;
  /**
   * A column beside the content, e.g. a ContentsList. It is a plain column, not a landmark: what
   * goes in it brings its own (ContentsList is a `nav`).
   */
  aside?: ReactNode;
  /**
   * `end`: the aside follows the content: beside it on the inline-end side, below it when narrow.
   * `start`: the aside comes first: beside it on the inline-start side, above it when narrow (for
   * a contents list that readers should meet before the article).
   * @default 'end'
   */
  asidePlacement?: PageLayoutAsidePlacement;
  /**
   * `readable`: the content keeps a readable line length, for articles. `wide`: the content takes
   * the whole container (the large breakpoint), for grids of teasers on an index page.
   * @default 'readable'
   */
  width?: PageLayoutWidth;
  /** The language of the page's content; when given, the root carries `lang`. */
  locale?: LocaleInput;
}

/**
 * Renders no landmark: put it inside the site's `<main>`. The content is one column of readable
 * width; the aside stands beside it on wide screens and below it (above, with `asidePlacement="start"`)
 * on narrow ones.
 */
export const PageLayout = forwardRef<HTMLDivElement, PageLayoutProps>(function PageLayout(
  { children, aside, asidePlacement, width, locale, ...rest },
  ref,
) {
  // What React can render of it: a wrong-typed value from JavaScript (a plain object, a Date, a
  // function), even inside a list, is left out rather than crash the page.
  const asideNode = slot(aside, __DEV__ ? ['PageLayout', 'aside'] : undefined);
  // The content shows as given; text in it that shows nothing is said in development.
  if (__DEV__) hasContent(children, ['PageLayout', 'children']);
  const withAside = asideNode !== undefined;
  const asideColumn = withAside && <div className={styles.aside}>{asideNode}</div>;
  const asideFirst = optionValue(pageLayoutAsidePlacements, asidePlacement) === 'start';
  return (
    <div
      ref={ref}
      {...rootProps(rest, { className: cx(styles.root, styles.width[optionValue(pageLayoutWidths, width)], withAside && styles.withAside), locale })}
    >
      {asideFirst && asideColumn}
      <div className={styles.content}>{children}</div>
      {!asideFirst && asideColumn}
    </div>
  );
});
