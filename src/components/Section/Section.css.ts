import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { sectionDefinition } from './Section.definition.js';

const { root: rootClass, part } = classesOf(sectionDefinition);

// A stack: the heading (or header) and every child one below another, the same space apart. The
// children are the caller's, so the space is a gap, not margins on them.
export const root = rootClass([
  componentRoot,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
  },
]);

export const header = part('header', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xs,
});

// Level 2 by default; a page title (level 1) one step up, levels 3-6 one step down. The level is
// the heading's own tag, so it is matched on the part itself, never through the markup around it.
export const heading = part('heading', {
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.default,
  selectors: {
    '&:where(h1)': { fontSize: vars.font.size.xxl },
    '&:where(h3, h4, h5, h6)': { fontSize: vars.font.size.lg },
  },
});

export const description = part('description', {
  color: vars.color.text.muted,
  maxInlineSize: vars.size.measure,
});
