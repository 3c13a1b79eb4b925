import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { skipLinkDefinition } from './SkipLink.definition.js';

const { root: rootClass, modifier } = classesOf(skipLinkDefinition);
const { skipLink: tokens } = componentTokens(skipLinkDefinition);

// A box in the flow at the top of the page: it pushes the page down while it shows, so it never
// covers the masthead and no sticky header can cover it. The margin keeps the focus ring inside
// the viewport when the link sits at its very corner.
export const root = rootClass([
  componentRoot,
  focusable,
  {
    display: 'block',
    inlineSize: 'fit-content',
    maxInlineSize: `calc(100% - 2 * ${vars.space.sm})`,
    margin: vars.space.sm,
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.lg,
    backgroundColor: tokens.background,
    color: tokens.text,
    fontWeight: vars.font.weight.bold,
    lineHeight: vars.font.lineHeight.heading,
    textDecorationLine: 'underline',
    textDecorationThickness: vars.link.underlineThickness,
    textUnderlineOffset: vars.link.underlineOffset,
    selectors: {
      '&:hover': { textDecorationThickness: vars.borderWidth.thick },
    },
    '@media': {
      // Forced colours drop the fill: a border keeps the box.
      '(forced-colors: active)': { border: `${vars.borderWidth.thin} solid` },
      print: { display: 'none' },
    },
  },
]);

export const visibility = {
  // Hidden like the shared visually-hidden class, until it takes focus (by keyboard; a pointer cannot reach it).
  'on-focus': modifier('on-focus', {
    selectors: {
      '&:not(:focus)': {
        position: 'absolute',
        inlineSize: '1px',
        blockSize: '1px',
        padding: 0,
        margin: '-1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        clipPath: 'inset(50%)',
        whiteSpace: 'nowrap',
        border: 0,
      },
    },
  }),
  always: modifier('always', {}),
};
