import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../tokens/contract.css.js';
import { resetLayer } from './layers.css.js';
import { componentGlobalStyle, namedStyle } from './layered.js';
import { sharedClasses } from './sharedClasses.js';

const shared = (name: keyof typeof sharedClasses) => name;

/**
 * The root class of every component: tokens-driven type, a small scoped reset, and the text
 * wrapping rules that keep long English words and long Chinese runs inside narrow screens.
 */
export const componentRoot = namedStyle(shared('component'), {
  fontFamily: vars.font.family.body,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.body,
  letterSpacing: vars.font.letterSpacing.body,
  color: vars.color.text.default,
  overflowWrap: 'anywhere',
  wordBreak: 'normal',
  lineBreak: 'strict',
  maxInlineSize: '100%',
  minInlineSize: 0,
});

globalStyle(`${componentRoot}, ${componentRoot} *, ${componentRoot} *::before, ${componentRoot} *::after`, {
  '@layer': { [resetLayer]: { boxSizing: 'border-box' } },
});
globalStyle(`${componentRoot} :is(h1, h2, h3, h4, h5, h6, p, blockquote, figure, dl, dd, ul, ol)`, {
  '@layer': { [resetLayer]: { margin: 0 } },
});
// Headings wrap balanced: a long headline breaks into lines of even length, never leaving one
// Chinese character (or one short word) alone on its last line.
globalStyle(`${componentRoot} :is(h1, h2, h3, h4, h5, h6)`, {
  '@layer': { [resetLayer]: { textWrap: 'balance' } },
});
globalStyle(`${componentRoot} img`, {
  '@layer': { [resetLayer]: { display: 'block', maxInlineSize: '100%', blockSize: 'auto' } },
});
// Modern CJK typesetting where supported: space between Han and Latin/digits, trimmed punctuation.
componentGlobalStyle(`${componentRoot}:lang(zh), ${componentRoot} :lang(zh)`, {
  '@supports': {
    '(text-autospace: normal)': { textAutospace: 'normal' } as never,
  },
});

// The focus ring and the link look as plain rules, for the shared classes below and for Prose, which
// gives the same look to links it does not render (the caller's own `<a>` elements).
export const focusRingRule = {
  outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
  outlineOffset: vars.focus.offset,
  boxShadow: `0 0 0 calc(${vars.focus.offset}) ${vars.color.focus.halo}`,
  borderRadius: vars.radius.sm,
} as const;

export const linkRule = {
  color: vars.color.text.link,
  textDecorationLine: 'underline',
  textDecorationThickness: vars.link.underlineThickness,
  textUnderlineOffset: vars.link.underlineOffset,
  transition: `color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
} as const;

export const linkHoverRule = { color: vars.color.text.linkHover, textDecorationThickness: vars.borderWidth.thick } as const;

/** Visible, theme-aware focus indicator for links and other focusable parts. */
export const focusable = namedStyle(shared('focusable'), {
  selectors: { '&:focus-visible': focusRingRule },
});

/** Underlined, token-coloured link text. */
export const link = namedStyle(shared('link'), [focusable, { ...linkRule, selectors: { '&:hover': linkHoverRule } }]);

/** Hidden on screen, read by assistive technology. */
export const visuallyHidden = namedStyle(shared('visually-hidden'), {
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
});

// Print: dark text on no background. `:is(*, #bh-print)` lifts specificity above component rules
// without `!important`, so a site's own print CSS still wins.
componentGlobalStyle(`${componentRoot}, ${componentRoot} :is(*, #bh-print)`, {
  '@media': {
    print: { color: '#000', backgroundColor: 'transparent', boxShadow: 'none' },
  },
});

// Print: the address of an external link after its text, so a reader of the paper can still
// follow it. Written weaker than any class (`:where()`), so a link that is not content (a
// masthead's title) or whose `::after` already has a job (a card's cover) turns it off or keeps it.
// External: http(s), or two slashes of either kind (`//host`, `/\host`), another host with the page's scheme.
const external = String.raw`[href^="http:" i], [href^="https:" i], [href^="//"], [href^="/\\"], [href^="\\\\"], [href^="\\/"]`;
componentGlobalStyle(`:where(${componentRoot} a:is(${external}))::after`, {
  '@media': { print: { content: '" (" attr(href) ")"' } },
});
