import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { calloutDefinition } from './Callout.definition.js';

const { root: rootClass, part, modifier } = classesOf(calloutDefinition);
const { callout: tokens } = componentTokens(calloutDefinition);

// The icon in its own column; the heading and the body beside it.
export const root = rootClass([
  componentRoot,
  {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    alignItems: 'start',
    gap: `${vars.space.xs} ${vars.space.md}`,
    padding: vars.space.lg,
    // A border, not a background alone: it stays in forced colours and in print.
    borderInlineStart: `${vars.borderWidth.accent} solid`,
    background: tokens.background,
  },
]);

export const variant = {
  information: modifier('information', { borderInlineStartColor: tokens.informationAccent, color: vars.color.text.default }),
  important: modifier('important', { borderInlineStartColor: tokens.importantAccent, color: vars.color.text.default }),
};

const iconSize = `calc(${vars.size.icon} * 1.25)`;

// Centred on the first line of the text beside it. The strokes take the colour of the variant.
export const icon = part('icon', {
  gridColumn: 1,
  gridRow: 1,
  inlineSize: iconSize,
  blockSize: iconSize,
  marginBlockStart: `calc((1lh - ${iconSize}) / 2)`,
  fill: 'none',
  stroke: 'currentColor',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  selectors: {
    [`${variant.information} > &`]: { color: tokens.informationAccent },
    [`${variant.important} > &`]: { color: tokens.importantAccent },
  },
});

export const heading = part('heading', {
  gridColumn: 2,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

export const body = part('body', { gridColumn: 2 });

// The body is the caller's content: only its rhythm is set here.
componentGlobalStyle(`${body} > * + *`, { marginBlockStart: vars.space.md });
