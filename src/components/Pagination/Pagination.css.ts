import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { paginationDefinition } from './Pagination.definition.js';

const { root: rootClass, part } = classesOf(paginationDefinition);
const { pagination: tokens } = componentTokens(paginationDefinition);

// Previous, the numbers, next: one line that wraps.
export const root = rootClass([componentRoot, { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.md }]);

// The arrows are drawn, not written: their alternative text is empty, so they are not read out.
// An inline block takes no part in the link's underline.
const arrow = (glyph: string, side: 'marginInlineEnd' | 'marginInlineStart') => ({ content: [`"${glyph}"`, `"${glyph}" / ""`], display: 'inline-block', [side]: vars.space.xs });
export const previous = part('previous', { selectors: { '&::before': arrow('←', 'marginInlineEnd') } });
export const next = part('next', { selectors: { '&::after': arrow('→', 'marginInlineStart') } });

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

const target = {
  display: 'inline-block',
  minInlineSize: '2.5em',
  textAlign: 'center',
} as const;

export const gap = part('gap', { ...target, color: vars.color.text.muted });

// At least 2.5em wide and about as tall: a target well over 24 CSS px, the number centred. The
// transparent border keeps every page the size of the current one (forced colours draw it).
export const page = part('page', {
  ...target,
  paddingBlock: vars.space.xs,
  paddingInline: vars.space.sm,
  border: `${vars.borderWidth.thin} solid transparent`,
  borderRadius: vars.radius.sm,
});

// Filled and bold; in forced colours, where fills are dropped, the system highlight colours.
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
