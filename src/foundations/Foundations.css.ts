import { style } from '@vanilla-extract/css';
import { vars } from '../tokens/contract.css.js';

export const page = style({
  fontFamily: vars.font.family.body,
  lineHeight: vars.font.lineHeight.body,
  color: vars.color.text.default,
  display: 'grid',
  gap: vars.space.xl,
  maxInlineSize: '72rem',
});

export const heading = style({ fontSize: vars.font.size.xxl, lineHeight: vars.font.lineHeight.heading, margin: 0 });
export const subheading = style({ fontSize: vars.font.size.lg, lineHeight: vars.font.lineHeight.heading, margin: 0 });
export const note = style({ color: vars.color.text.muted, margin: 0, maxInlineSize: vars.size.measure });

export const swatchGrid = style({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
  gap: vars.space.lg,
  padding: 0,
  margin: 0,
  listStyle: 'none',
});

export const swatch = style({
  display: 'grid',
  gap: vars.space.xs,
  padding: vars.space.md,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
  borderRadius: vars.radius.md,
  background: vars.color.surface.raised,
  minInlineSize: 0,
});

export const chip = style({
  blockSize: '3rem',
  borderRadius: vars.radius.sm,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
});

export const pairSample = style({
  padding: vars.space.md,
  borderRadius: vars.radius.sm,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
});

export const code = style({ fontFamily: vars.font.family.mono, fontSize: vars.font.size.xs, overflowWrap: 'anywhere' });

export const table = style({ borderCollapse: 'collapse', inlineSize: '100%' });
export const cell = style({
  textAlign: 'start',
  verticalAlign: 'top',
  padding: vars.space.sm,
  borderBlockEnd: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
});

export const pass = style({ color: vars.color.status.success, fontWeight: vars.font.weight.bold });
export const fail = style({ color: vars.color.status.danger, fontWeight: vars.font.weight.bold });

export const spaceBar = style({ blockSize: vars.space.lg, background: vars.color.brand.primary, borderRadius: vars.radius.sm });
export const radiusBox = style({
  inlineSize: '4rem',
  blockSize: '4rem',
  background: vars.color.surface.subtle,
  border: `${vars.borderWidth.thick} solid ${vars.color.brand.primary}`,
});
