import { style } from '@vanilla-extract/css';
import { vars } from '../tokens/contract.css.js';

export const page = style({
  display: 'grid',
  gap: vars.space.xxl,
  maxInlineSize: '60rem',
  marginInline: 'auto',
  minInlineSize: 0,
});

export const section = style({ display: 'grid', gap: vars.space.lg, minInlineSize: 0 });

export const sectionHeading = style({
  fontFamily: vars.font.family.body,
  fontSize: vars.font.size.xl,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.default,
  margin: 0,
});
