import { baseTokens } from '../tokens/base.js';
import { vars } from '../tokens/contract.css.js';
import { componentGlobalStyle, namedStyle } from './layered.js';
import type { sharedClasses } from './sharedClasses.js';

const name: keyof typeof sharedClasses = 'container';

/** The gutter at each side of the page, on narrow screens; wider ones centre the container instead. */
export const containerGutter = vars.space.lg;

/**
 * The widest the container's content grows: the large breakpoint, in rem rather than em, so that
 * parts set in smaller text (the breadcrumbs, the footer) measure it the same as the rest. Like every
 * rem size it grows with the reader's text size.
 */
export const containerMaxInlineSize = `${parseFloat(baseTokens.breakpoint.lg)}rem`;

/**
 * The one container the page's frame and content line up on: the masthead's rows, the breadcrumbs,
 * the PageLayout and the footer each take it, so their content starts at the same x at every width.
 * Gutters as padding, not a centred box: a part's background and rules still reach both edges of
 * the window, while its content sits on the container. The percentage is of the element's
 * containing block, so the part must span its parent, as a block does.
 */
export const container = namedStyle(name, {
  paddingInline: `max(${containerGutter}, (100% - ${containerMaxInlineSize}) / 2)`,
});

// A container inside another (breadcrumbs placed in a PageLayout's column) is already on it: no
// second gutter. Weaker than any class, and written after the rule above, which it follows in order.
componentGlobalStyle(`:where(${container}) ${container}`, { paddingInline: 0 });
