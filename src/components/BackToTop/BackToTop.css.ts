import { baseTokens } from '../../tokens/base.js';
import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { backToTopDefinition } from './BackToTop.definition.js';

const { root: rootClass, part, modifier } = classesOf(backToTopDefinition);
const { backToTop: tokens } = componentTokens(backToTopDefinition);

export const root = rootClass([
  componentRoot,
  {
    display: 'inline-flex',
    alignItems: 'baseline',
    gap: vars.space.xs,
    // Keeps the link at least 24 CSS px tall (WCAG 2.5.8) in one line of small text.
    paddingBlock: vars.space.xs,
    fontSize: vars.font.size.sm,
    lineHeight: vars.font.lineHeight.heading,
    '@media': {
      print: { display: 'none' },
    },
  },
]);

export const icon = part('icon', {
  flex: 'none',
  alignSelf: 'center',
  inlineSize: vars.size.icon,
  blockSize: vars.size.icon,
  fill: 'none',
  stroke: 'currentColor',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
});

// Media queries cannot read custom properties, so the breakpoints come from the token source.
// Floating only where there is room for it: 64em wide and 36em tall. A 320 px screen, and a
// 1280 x 800 or 1920 x 1080 window zoomed to 200%, get the inline link at the end of the content
// instead, where it covers nothing.
const roomy = `screen and (min-width: ${baseTokens.breakpoint.lg}) and (min-height: ${baseTokens.breakpoint.sm})`;
const pill = vars.radius.pill;

export const variant = {
  inline: modifier('inline', {}),
  // Sticky, not fixed: it stays in the flow at the end of its container, so it rides along at the
  // bottom of the window only while that container scrolls past, and comes to rest below the last
  // line instead of covering it.
  floating: modifier('floating', {
    '@media': {
      [roomy]: {
        position: 'sticky',
        insetBlockEnd: vars.space.lg,
        zIndex: 1,
        display: 'flex',
        inlineSize: 'fit-content',
        marginInlineStart: 'auto',
        paddingBlock: vars.space.sm,
        paddingInline: vars.space.lg,
        border: `${vars.borderWidth.thin} solid ${tokens.border}`,
        borderRadius: pill,
        backgroundColor: tokens.background,
        boxShadow: vars.shadow.raised,
        selectors: {
          // The shared focus style rounds the ring with a small radius; keep the pill.
          '&:focus-visible': { borderRadius: pill },
        },
      },
    },
  }),
};
