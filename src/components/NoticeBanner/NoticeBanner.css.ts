import type { StyleRule } from '@vanilla-extract/css';
import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { container } from '../../styles/container.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { noticeBannerDefinition } from './NoticeBanner.definition.js';

const { root: rootClass, part, modifier } = classesOf(noticeBannerDefinition);
const { noticeBanner: tokens } = componentTokens(noticeBannerDefinition);

// Full width, on a quiet panel; on paper a black frame keeps it apart from the masthead.
export const root = rootClass([
  componentRoot,
  {
    background: tokens.background,
    color: vars.color.text.default,
    borderBlockEnd: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
    '@media': { print: { border: `${vars.borderWidth.thick} solid`, background: 'none', color: vars.color.text.default } },
  },
]);

export const variant = {
  information: modifier('information', {}),
  important: modifier('important', {}),
  weather: modifier('weather', {}),
};

// No. 8 and above, Red and Black: an inverted strip. Its focus ring turns with it so it keeps its
// contrast; forced colours keep the system's. The transparent border shows only in forced colours.
export const severe = modifier('severe', {
  background: tokens.severeBackground,
  color: tokens.severeText,
  borderBlockEndColor: 'transparent',
  vars: { [vars.color.focus.ring]: vars.color.text.inverse, [vars.color.focus.halo]: vars.color.text.default },
  '@media': { '(forced-colors: active)': { vars: { [vars.color.focus.ring]: 'Highlight' } } },
});

export const inner = part('inner', [container, { display: 'flex', gap: vars.space.md, paddingBlock: vars.space.md, '@media': { print: { display: 'block' } } }]);

// A plain box with the signal's number, or a swatch of its colour: never a copy of a signal's symbol.
export const mark = part('mark', {
  flex: 'none',
  inlineSize: '2em',
  blockSize: '2em',
  display: 'grid',
  placeItems: 'center',
  border: `${vars.borderWidth.thin} solid currentColor`,
  fontWeight: vars.font.weight.bold,
  lineHeight: 1,
});

// A rainstorm signal's mark, by its code, is a sample of its colour (the heading names it): kept in
// forced colours, not printed.
const swatch = (fill: string): StyleRule => ({
  background: fill,
  '@media': { '(forced-colors: active)': { forcedColorAdjust: 'none', borderColor: 'CanvasText' }, print: { display: 'none' } },
});
export const markColor = {
  WRAINA: part('mark--amber', swatch(tokens.amber)),
  WRAINR: part('mark--red', swatch(tokens.red)),
  WRAINB: part('mark--black', swatch(tokens.black)),
};

export const content = part('content', {
  minInlineSize: 0,
  paddingInlineStart: vars.space.md,
  borderInlineStart: `${vars.borderWidth.accent} solid ${tokens.importantAccent}`,
  selectors: {
    [`${variant.information} &`]: { borderInlineStartColor: tokens.informationAccent },
    [`${severe} &`]: { borderInlineStart: 'none', paddingInlineStart: 0 },
  },
  '@media': { print: { borderInlineStart: 'none', paddingInlineStart: 0 } },
});

export const kind = part('kind', {
  color: tokens.importantAccent,
  fontWeight: vars.font.weight.bold,
});

export const heading = part('heading', {
  margin: 0,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

export const issued = part('issued', { marginBlockStart: vars.space.xs, fontSize: vars.font.size.sm });

export const body = part('body', { marginBlockStart: vars.space.sm });
// The message is the site's: only its rhythm is set here.
componentGlobalStyle(`${body} > * + *`, { marginBlockStart: vars.space.sm });

export const more = part('more', { marginBlockStart: vars.space.sm });

export const link = part('link', {
  selectors: { [`${severe} &`]: { color: tokens.severeText, '@media': { print: { color: 'inherit' } } } },
});
