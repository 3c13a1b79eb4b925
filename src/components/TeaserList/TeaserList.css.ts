import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { teaserListDefinition } from './TeaserList.definition.js';

const { root: rootClass, part, modifier } = classesOf(teaserListDefinition);

const gridGap = vars.space.xl;
// A card is at least 16em wide, or the whole list when that is narrower; a column is at least a
// third of the list, so there are never more than three. No media query: the grid follows the
// list's own width, wherever it is placed.
const column = `min(100%, max(16em, calc((100% - 2 * ${gridGap}) / 3)))`;

export const root = rootClass([componentRoot, { listStyle: 'none', margin: 0, padding: 0 }]);

export const layout = {
  grid: modifier('grid', {
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fill, minmax(${column}, 1fr))`,
    gap: gridGap,
  }),
  // Each compact article draws a rule above itself; the list closes the last one.
  list: modifier('list', {
    display: 'flex',
    flexDirection: 'column',
    borderBlockEnd: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
  }),
};

// A one-cell grid: the teaser inside fills the item, and the items of a row share its height.
export const item = part('item', { display: 'grid', minInlineSize: 0 });

// A stretched teaser keeps its text right under its image, the spare height at the bottom: a card
// that wraps its image and text onto two flex lines would otherwise share the spare height out
// between them. The teaser is the caller's child, so this is a global rule on the item's children.
componentGlobalStyle(`${item} > *`, { alignContent: 'flex-start' });
