import { globalStyle, style } from '@vanilla-extract/css';
import { baseTokens } from '../../tokens/base.js';
import { vars } from '../../tokens/contract.css.js';

export const root = style({
  display: 'grid',
  gap: vars.space.xl,
  fontFamily: vars.font.family.body,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.body,
  color: vars.color.text.default,
  '@media': {
    // Media queries cannot read custom properties, so the breakpoint comes from the token source.
    [`(min-width: ${baseTokens.breakpoint.lg})`]: {
      gridTemplateColumns: 'minmax(22rem, 28rem) minmax(0, 1fr)',
      alignItems: 'start',
    },
  },
});

export const intro = style({ display: 'grid', gap: vars.space.sm, gridColumn: '1 / -1', maxInlineSize: vars.size.measure });
export const title = style({ fontSize: vars.font.size.xxl, lineHeight: vars.font.lineHeight.heading, margin: 0 });
export const heading = style({ fontSize: vars.font.size.lg, lineHeight: vars.font.lineHeight.heading, margin: 0 });
export const muted = style({ color: vars.color.text.muted, margin: 0 });
export const panel = style({ display: 'grid', gap: vars.space.xl, minInlineSize: 0 });

export const fieldset = style({
  display: 'grid',
  gap: vars.space.lg,
  margin: 0,
  padding: vars.space.lg,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
  borderRadius: vars.radius.md,
  background: vars.color.surface.raised,
});

export const legend = style({ fontWeight: vars.font.weight.bold, paddingInline: vars.space.xs });
export const field = style({ display: 'grid', gap: vars.space.xs });
export const label = style({ fontWeight: vars.font.weight.medium });
export const row = style({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.sm });

const control = {
  font: 'inherit',
  color: vars.color.text.default,
  background: vars.color.surface.page,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
  borderRadius: vars.radius.sm,
};

export const colourInput = style({ ...control, inlineSize: '3rem', blockSize: '2.5rem', padding: vars.space.xxs, cursor: 'pointer' });
export const hexInput = style({ ...control, inlineSize: '8rem', padding: vars.space.sm, fontFamily: vars.font.family.mono });
export const range = style({ inlineSize: '100%', accentColor: vars.color.brand.primary });
export const hint = style({ color: vars.color.text.muted, fontSize: vars.font.size.sm, margin: 0 });
export const error = style({ color: vars.color.status.danger, fontSize: vars.font.size.sm, fontWeight: vars.font.weight.bold, margin: 0 });

export const button = style({
  ...control,
  padding: `${vars.space.sm} ${vars.space.lg}`,
  cursor: 'pointer',
  fontWeight: vars.font.weight.medium,
  color: vars.color.brand.onPrimary,
  background: vars.color.brand.primary,
  borderColor: vars.color.brand.primary,
  ':hover': { background: vars.color.brand.primaryStrong },
});

export const secondaryButton = style([
  button,
  { color: vars.color.text.link, background: vars.color.surface.page, borderColor: vars.color.border.default, ':hover': { background: vars.color.surface.subtle } },
]);

globalStyle(`${root} :is(input, button, textarea):focus-visible`, {
  outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
  outlineOffset: vars.focus.offset,
});

export const summary = style({
  margin: 0,
  padding: vars.space.md,
  borderRadius: vars.radius.sm,
  border: `${vars.borderWidth.thick} solid ${vars.color.border.default}`,
  fontWeight: vars.font.weight.bold,
});
export const summaryFail = style({ borderColor: vars.color.status.danger, color: vars.color.status.danger });

export const table = style({ borderCollapse: 'collapse', inlineSize: '100%', fontSize: vars.font.size.sm });
export const cell = style({
  textAlign: 'start',
  verticalAlign: 'top',
  padding: vars.space.xs,
  borderBlockEnd: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
});
export const code = style({ fontFamily: vars.font.family.mono, fontSize: vars.font.size.xs, overflowWrap: 'anywhere' });

// A sample of the pair drawn without text, so a failing pair does not itself fail the page's audit.
export const sample = style({
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  inlineSize: '2.5rem',
  blockSize: '1.75rem',
  borderRadius: vars.radius.sm,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
});
export const sampleMark = style({ inlineSize: '1.25rem', blockSize: '0.5rem', borderRadius: vars.radius.sm });

export const pass = style({ color: vars.color.status.success, fontWeight: vars.font.weight.bold });
export const fail = style({ color: vars.color.status.danger, fontWeight: vars.font.weight.bold });

export const output = style({
  ...control,
  inlineSize: '100%',
  minBlockSize: '10rem',
  padding: vars.space.sm,
  fontFamily: vars.font.family.mono,
  fontSize: vars.font.size.xs,
  resize: 'vertical',
});

export const preview = style({
  display: 'grid',
  gap: vars.space.md,
  minInlineSize: 0,
});

export const previewFrame = style({
  padding: vars.space.xl,
  border: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
  borderRadius: vars.radius.md,
  background: vars.color.surface.page,
  color: vars.color.text.default,
});
