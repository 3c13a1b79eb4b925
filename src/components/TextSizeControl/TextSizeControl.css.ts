import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { textSizeControlDefinition } from './TextSizeControl.definition.js';

const { root: rootClass, part, modifier } = classesOf(textSizeControlDefinition);
const { textSize: tokens } = componentTokens(textSizeControlDefinition);

export const root = rootClass([
  componentRoot,
  {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    gap: vars.space.xs,
    // Paper has no buttons.
    '@media': { print: { display: 'none' } },
  },
]);

/** The server's placeholder: nothing to see or reach until the browser has run the component. */
export const pending = modifier('pending', { display: 'none' });

export const button = part('button', [
  focusable,
  {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    // Targets of at least 32 CSS px (WCAG 2.5.8 asks for 24).
    minInlineSize: vars.space.xxl,
    minBlockSize: vars.space.xxl,
    paddingInline: vars.space.xs,
    margin: 0,
    border: `${vars.borderWidth.thin} solid ${tokens.border}`,
    borderRadius: vars.radius.sm,
    backgroundColor: tokens.background,
    color: tokens.text,
    font: 'inherit',
    fontWeight: vars.font.weight.bold,
    lineHeight: vars.font.lineHeight.tight,
    cursor: 'pointer',
    transition: `box-shadow ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
    selectors: {
      // An inner ring doubles the border without moving the layout; not while focused, where the focus halo owns box-shadow.
      '&:hover:not(:focus-visible)': { boxShadow: `inset 0 0 0 ${vars.borderWidth.thin} currentColor` },
    },
  },
]);

export const pressed = part('button--pressed', {
  borderColor: tokens.pressedBackground,
  backgroundColor: tokens.pressedBackground,
  color: tokens.pressedText,
  '@media': {
    // Backgrounds are dropped in forced colours: keep the fill on purpose, in system colours.
    '(forced-colors: active)': {
      forcedColorAdjust: 'none',
      borderColor: 'Highlight',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
    },
  },
});

// Each "A" a step larger than the one before; rem-based like every size, so they grow with the page.
export const glyph = part('glyph', { fontSize: vars.font.size.sm });

export const glyphSize: Record<'normal' | 'large' | 'larger', string | undefined> = {
  normal: undefined,
  large: part('glyph--large', { fontSize: vars.font.size.md }),
  larger: part('glyph--larger', { fontSize: vars.font.size.lg }),
};
