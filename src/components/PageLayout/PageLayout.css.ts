import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { container } from '../../styles/container.css.js';
import { pageLayoutDefinition } from './PageLayout.definition.js';

const { root: rootClass, part, modifier } = classesOf(pageLayoutDefinition);

const columnGap = vars.space.xxl;
// The aside's preferred width: a contents list or a short box, not a second article.
const asideWidth = '16em';

// On the page's container, like the masthead, the breadcrumbs and the footer, so the content starts
// where their content starts. Two columns that wrap onto two rows with no media query, so the layout
// follows its own width, not the window's: the content column asks for at least 55% of the page, the
// aside for 16em; when both do not fit on one line (below about 42em) the aside moves onto its own
// row, below the content, or above it when it comes first in the markup.
export const root = rootClass([
  componentRoot,
  container,
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: columnGap,
    // Room between the page's content and the frame around it (breadcrumbs above, footer below).
    paddingBlock: `${vars.space.xl} ${vars.space.xxl}`,
  },
]);

// The container sets the page's width; these say how much of it the content column takes.
export const width = {
  readable: modifier('readable', {}),
  wide: modifier('wide', {}),
};

export const withAside = modifier('with-aside', {});

// A stack: page parts (an article, sections, pagination) one below another.
const stack = { display: 'flex', flexDirection: 'column', minInlineSize: 0 } as const;

export const content = part('content', {
  ...stack,
  flex: '999 1 0%',
  minInlineSize: '55%',
  gap: columnGap,
  selectors: {
    [`${width.readable} > &`]: { maxInlineSize: vars.size.measure },
  },
});

export const aside = part('aside', {
  ...stack,
  flex: `1 1 ${asideWidth}`,
  gap: vars.space.xl,
});
