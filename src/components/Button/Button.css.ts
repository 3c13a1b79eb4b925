import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusRingRule } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { buttonDefinition } from './Button.definition.js';

const { root: rootClass, part, modifier } = classesOf(buttonDefinition);
const { button: tokens } = componentTokens(buttonDefinition);

// Forced colours drop fills and give an <a> the link colour: say it is a button, in the system's
// button colours, whichever element it is (the modifiers' own colours are not system colours, so
// they give way to these). The border, transparent until then, shows.
const systemButton = { borderColor: 'ButtonBorder', backgroundColor: 'ButtonFace', color: 'ButtonText' } as const;

export const root = rootClass([
  componentRoot,
  {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    // 44 CSS px at the browser's default text size: WCAG 2.5.8 asks for 24, 2.5.5 (AAA) for 44.
    minBlockSize: `calc(${vars.space.xxl} + ${vars.space.md})`,
    margin: 0,
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.lg,
    border: `${vars.borderWidth.thick} solid transparent`,
    borderRadius: vars.radius.sm,
    backgroundColor: tokens.primaryBackground,
    color: tokens.primaryText,
    fontWeight: vars.font.weight.bold,
    lineHeight: vars.font.lineHeight.heading,
    textAlign: 'center',
    textDecorationLine: 'none',
    cursor: 'pointer',
    transition: `background-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
    selectors: {
      // A link is never :disabled, so both elements take the hover colour.
      '&:hover:not(:disabled)': { backgroundColor: tokens.primaryHover },
      '&:focus-visible': focusRingRule,
      '&:disabled': {
        borderColor: vars.color.border.default,
        backgroundColor: vars.color.surface.subtle,
        color: vars.color.text.muted,
        cursor: 'not-allowed',
      },
    },
    '@media': {
      '(forced-colors: active)': { ...systemButton, selectors: { '&:disabled': { borderColor: 'GrayText', color: 'GrayText' } } },
      // Paper prints no fills: black text in a black outline.
      print: { borderColor: 'currentColor', backgroundColor: 'transparent', color: vars.color.text.default },
    },
  },
]);

// Each modifier its own export as well, so a form that borrows one look (SearchForm's submit,
// FeedbackPrompt's answers) does not carry the other class names.
export const primary = modifier('primary', {});

export const secondary = modifier('secondary', {
  borderColor: tokens.secondaryText,
  backgroundColor: tokens.secondaryBackground,
  color: tokens.secondaryText,
  selectors: { '&:hover:not(:disabled)': { backgroundColor: tokens.secondaryHover } },
});

export const variant = { primary, secondary, start: modifier('start', { fontSize: vars.font.size.lg }) };

export const icon = part('icon', {
  flex: 'none',
  inlineSize: vars.size.icon,
  blockSize: vars.size.icon,
  fill: 'none',
  stroke: 'currentColor',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
});
