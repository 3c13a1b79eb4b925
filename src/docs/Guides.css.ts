import { style } from '@vanilla-extract/css';
import { vars } from '../tokens/contract.css.js';

export const stack = style({ display: 'grid', gap: vars.space.xl, maxInlineSize: '60rem', minInlineSize: 0 });

export const columns = style({
  display: 'grid',
  gap: vars.space.lg,
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
  alignItems: 'start',
});

/** A themed tile: the theme is set on it, so it paints its own page colour. */
export const tile = style({
  display: 'grid',
  gap: vars.space.sm,
  padding: vars.space.lg,
  background: vars.color.surface.page,
  color: vars.color.text.default,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
  borderRadius: vars.radius.md,
  minInlineSize: 0,
});

export const tileLabel = style({
  margin: 0,
  fontFamily: vars.font.family.mono,
  fontSize: vars.font.size.xs,
  color: vars.color.text.muted,
});
