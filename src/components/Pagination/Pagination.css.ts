import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../styles/classes.js';
import { paginationDefinition } from './Pagination.definition.js';

const { root: rootClass, part, modifier } = classesOf(paginationDefinition);
const { pagination: tokens } = componentTokens(paginationDefinition);

export const root = rootClass([componentRoot, { display: 'flex', flexWrap: 'wrap', gap: vars.space.md }]);

// Numbered pages: previous, the numbers, next, on one line that wraps.
export const pages = modifier('pages', { alignItems: 'center' });
// Articles: the previous and next article one below the other, each a block with its title.
export const articles = modifier('articles', { flexDirection: 'column', alignItems: 'flex-start' });

// The arrows are drawn, not written: their alternative text is empty, so they are not read out.
const arrow = (glyph: string) => [`"${glyph}"`, `"${glyph}" / ""`];

// Numbered pages: the arrow on the link itself; articles: on the "Previous article" line (below).
export const previous = part('previous', {
  selectors: { [`${pages} > &::before`]: { content: arrow('←'), marginInlineEnd: vars.space.xs } },
});
export const next = part('next', {
  selectors: { [`${pages} > &::after`]: { content: arrow('→'), marginInlineStart: vars.space.xs } },
});

export const direction = part('direction', {
  display: 'block',
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  color: vars.color.text.muted,
  selectors: {
    [`${previous} > &::before`]: { content: arrow('←'), marginInlineEnd: vars.space.xs },
    [`${next} > &::after`]: { content: arrow('→'), marginInlineStart: vars.space.xs },
  },
});

export const title = part('title', {
  display: 'block',
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

export const list = part('list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.xs,
  listStyle: 'none',
  margin: 0,
  padding: 0,
});

export const item = part('item', {});

export const gap = part('gap', {
  display: 'inline-block',
  minInlineSize: '2.5em',
  textAlign: 'center',
  color: vars.color.text.muted,
});

// At least 2.5em square: a target well over 24 CSS px, with the number centred.
export const page = part('page', {
  display: 'inline-block',
  minInlineSize: '2.5em',
  paddingBlock: vars.space.xs,
  paddingInline: vars.space.sm,
  border: `${vars.borderWidth.thin} solid transparent`,
  borderRadius: vars.radius.sm,
  textAlign: 'center',
});

// Filled and bold; the border stays in forced colours, where the fill is dropped.
export const current = part('page--current', {
  borderColor: tokens.currentBackground,
  backgroundColor: tokens.currentBackground,
  color: tokens.currentText,
  fontWeight: vars.font.weight.bold,
  textDecorationLine: 'none',
  selectors: { '&:hover': { color: tokens.currentText } },
  '@media': {
    '(forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText', borderColor: 'Highlight' },
  },
});
