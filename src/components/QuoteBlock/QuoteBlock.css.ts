import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { quoteBlockDefinition } from './QuoteBlock.definition.js';

const { root: rootClass, part, modifier } = classesOf(quoteBlockDefinition);
const { quote: tokens } = componentTokens(quoteBlockDefinition);

export const root = rootClass([
  componentRoot,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.md,
    marginInline: 0,
    maxInlineSize: `min(100%, ${vars.size.measure})`,
  },
]);

// The pull quote's text size, and the room its hanging opening mark takes beside it.
const pullText = vars.font.size.xl;
const pullMarkColumn = `calc(${pullText} * 0.9)`;

export const variant = {
  reflection: modifier('reflection', {
    borderInlineStart: `${vars.borderWidth.accent} solid ${tokens.ruleColor}`,
    paddingInlineStart: vars.space.xl,
  }),
  // A short quote and its attribution print on one page. The inline-start padding is the column the
  // opening mark hangs in (below): the quote's lines and its attribution share one edge.
  pull: modifier('pull', { paddingInlineStart: pullMarkColumn, '@media': { print: { breakInside: 'avoid' } } }),
  inline: modifier('inline', { paddingInlineStart: vars.space.xl, '@media': { print: { breakInside: 'avoid' } } }),
};

// Quotation marks by the quote's own language: “ ” ‘ ’ by default (English, Simplified Chinese),
// 「 」 『 』 for Traditional Chinese: an explicit `zh-Hant` (also `zh-Hant-CN`), or any other `zh`
// tag (`zh`, `zh-HK`, `zh-TW`) that names neither Simplified script nor a Simplified region.
const traditional = ':is(:lang(zh-Hant), :lang(zh):not(:lang(zh-Hans), :lang(zh-CN), :lang(zh-SG), :lang(zh-MY)))';
const decorated = `:is(${variant.reflection}, ${variant.pull})`;

// Paper cannot open a disclosure: print the full reflection (where `::details-content` works), and
// neither the excerpt nor the "Read the full reflection" label.
export const details = part('details', {
  selectors: { '&::details-content': { '@media': { print: { contentVisibility: 'visible' } } } },
});

/** Every `<blockquote>`: the language-aware quotation marks live here. */
export const quote = part('quote', {
  quotes: '"“" "”" "‘" "’"',
  selectors: {
    [`&${traditional}`]: { quotes: '"「" "」" "『" "』"' },
    [`${variant.pull} &`]: {
      fontSize: pullText,
      fontWeight: vars.font.weight.medium,
      lineHeight: vars.font.lineHeight.heading,
    },
    [`${variant.inline} &`]: { fontStyle: 'italic' },
    // Chinese has no italic: a synthesised slant only blurs the strokes.
    [`${variant.inline} &:lang(zh)`]: { fontStyle: 'normal' },
    // The full text inside the disclosure.
    [`${details} > &`]: { marginBlockStart: vars.space.md },
    // With the full reflection open, the excerpt would repeat its opening: hide it (where `:has` works).
    [`${root}:has(> ${details}[open]) > &`]: { display: 'none' },
    [`${root}:has(> ${details}) > &`]: { '@media': { print: { display: 'none' } } },
  },
});

export const summary = part('summary', [
  focusable,
  {
    display: 'list-item',
    inlineSize: 'fit-content',
    maxInlineSize: '100%',
    paddingBlock: vars.space.xs,
    cursor: 'pointer',
    color: vars.color.text.link,
    fontWeight: vars.font.weight.medium,
    textDecorationLine: 'underline',
    textDecorationColor: 'transparent',
    textDecorationThickness: vars.link.underlineThickness,
    textUnderlineOffset: vars.link.underlineOffset,
    transition: `text-decoration-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
    selectors: {
      '&:hover': { textDecorationColor: 'currentColor' },
    },
    '@media': { print: { display: 'none' } },
  },
]);

export const caption = part('caption', {
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
});

export const speaker = part('speaker', {
  fontWeight: vars.font.weight.bold,
  color: vars.color.text.default,
});

// On its own line below the attribution.
export const source = part('source', {
  display: 'block',
  inlineSize: 'fit-content',
  marginBlockStart: vars.space.xxs,
});

// The quotation's paragraphs are the caller's content: the marks and the rhythm reach them by position.
// The blockquote already tells screen readers this is a quotation, so the generated marks get empty
// alternative text (`/ ""`) and are not read out. Browsers without the syntax use the first value.
componentGlobalStyle(`${quote} > :first-child::before`, { content: ['open-quote', 'open-quote / ""'] });
componentGlobalStyle(`${quote} > :last-child::after`, { content: ['close-quote', 'close-quote / ""'] });
componentGlobalStyle(`${quote} > * + *`, { marginBlockStart: vars.space.md });

// A reflection: a large, light opening mark above the text; its box is shorter than the glyph so the text stays close.
componentGlobalStyle(`${variant.reflection} ${quote} > :first-child::before`, {
  display: 'block',
  blockSize: '0.45em',
  fontSize: `calc(${vars.font.size.xxxl} * 1.5)`,
  fontWeight: vars.font.weight.regular,
  fontStyle: 'normal',
  lineHeight: 1,
  color: tokens.markColor,
});
// 「 is drawn in the right half of a full-width cell and reaches lower than “: pull it back to the
// text's edge and give it more room. Simplified Chinese “ sits like the Latin one.
componentGlobalStyle(`${variant.reflection} ${quote}${traditional} > :first-child::before`, {
  fontSize: vars.font.size.xxxl,
  blockSize: '0.8em',
  marginInlineStart: '-0.5em',
});
// A pull quote: the opening mark hangs in the column beside the first line, its glyph against the
// first character, so it reads with the text at every width instead of standing alone above it.
componentGlobalStyle(`${variant.pull} ${quote} > :first-child`, { position: 'relative' });
componentGlobalStyle(`${variant.pull} ${quote} > :first-child::before`, {
  position: 'absolute',
  insetInlineEnd: '100%',
  marginInlineEnd: '0.1em',
  fontSize: '1.75em',
  fontWeight: vars.font.weight.regular,
  fontStyle: 'normal',
  lineHeight: 1,
  color: tokens.markColor,
});
// 「 is drawn in the right half of its full-width cell, high in it: a smaller mark, its empty half
// pulled over the column's gutter so the bracket meets the first character's corner.
componentGlobalStyle(`${variant.pull} ${quote}${traditional} > :first-child::before`, {
  fontSize: '1.25em',
  marginInlineEnd: '-0.25em',
});
componentGlobalStyle(`${decorated} ${quote} > :last-child::after`, { color: tokens.markColor });
componentGlobalStyle(`${variant.inline} ${quote} :lang(zh)`, { fontStyle: 'normal' });
