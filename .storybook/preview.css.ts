import { style } from '@vanilla-extract/css';
import { vars } from '../src/tokens/contract.css.js';

export const storyRoot = style({
  background: vars.color.surface.page,
  color: vars.color.text.default,
  fontFamily: vars.font.family.body,
  padding: vars.space.xl,
  minBlockSize: '100%',
});

/** A whole page: the site shell reaches the edges of the frame. */
export const pageRoot = style({
  background: vars.color.surface.page,
  color: vars.color.text.default,
  fontFamily: vars.font.family.body,
  minBlockSize: '100%',
});

/** The 320 CSS px column of `parameters.narrow`: the narrowest screen WCAG 1.4.10 reflow asks for. */
export const narrowColumn = style({
  inlineSize: 320,
  maxInlineSize: '100%',
  outline: '1px dashed currentColor',
});
