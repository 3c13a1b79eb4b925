import { forwardRef, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { cx, flatChildren, hasContent } from '../../internal/text.js';
import { teaserListLayouts } from './TeaserList.definition.js';
import * as styles from './TeaserList.css.js';

export type TeaserListLayout = (typeof teaserListLayouts)[number];

export interface TeaserListProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children'> {
  /**
   * The teasers: one ArticleHighlight each (`variant="teaser"` in the grid, `variant="compact"`
   * in the list). Each child becomes one list item; empty children are skipped.
   */
  children?: ReactNode;
  /**
   * `grid`: cards of equal height, one column when narrow and up to three when wide. `list`: one
   * column of compact articles.
   * @default 'grid'
   */
  layout?: TeaserListLayout;
  /** The language of the teasers; when given, the list carries `lang`. */
  locale?: LocaleInput;
}

/**
 * Renders a `<ul>` with one `<li>` per child, an ArticleHighlight each (`variant="teaser"` in the
 * grid, `variant="compact"` in the list). Empty children are skipped; with none it renders nothing.
 */
export const TeaserList = forwardRef<HTMLUListElement, TeaserListProps>(function TeaserList({ children, layout, locale, ...rest }, ref) {
  const shownLayout = optionValue(teaserListLayouts, layout);
  const teasers = flatChildren(children).filter((child): child is ReactNode => hasContent(child as ReactNode));
  if (!teasers.length) {
    if (__DEV__) warnDev('TeaserList', 'no teasers in `children`; rendered nothing.');
    return null;
  }
  if (__DEV__) {
    const expected = shownLayout === 'grid' ? 'teaser' : 'compact';
    const other = teasers.filter((child) => isValidElement<{ title?: unknown; variant?: unknown }>(child) && 'title' in child.props && child.props.variant !== expected);
    if (other.length) warnDev('TeaserList', `the ${shownLayout} layout is made for ArticleHighlight variant="${expected}", but ${other.length} of its children use another variant (or none).`);
  }
  return (
    <ul ref={ref} {...rootProps(rest, { className: cx(styles.root, styles.layout[shownLayout]), locale })}>
      {teasers.map((teaser, index) => (
        <li key={isValidElement(teaser) && teaser.key != null ? teaser.key : index} className={styles.item}>
          {teaser}
        </li>
      ))}
    </ul>
  );
});
