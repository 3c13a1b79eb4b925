import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { componentStyle, componentVariants, componentGlobalStyle } from '../../styles/layered.js';

export const root = componentStyle([
  componentRoot,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.md,
    marginInline: 0,
    maxInlineSize: `min(100%, ${vars.size.measure})`,
  },
]);

export const variant = componentVariants({
  reflection: {
    borderInlineStart: `${vars.borderWidth.accent} solid ${vars.component.quote.ruleColor}`,
    paddingInlineStart: vars.space.xl,
  },
  pull: {},
  inline: {
    paddingInlineStart: vars.space.xl,
  },
});

/** Every `<blockquote>`: the language-aware quotation marks live here. */
export const quote = componentStyle({
  quotes: '"“" "”" "‘" "’"',
});

export const summary = componentStyle([
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
  },
]);

export const caption = componentStyle({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xxs,
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
});

// The speaker's name: the first span inside the attribution line.
componentGlobalStyle(`${caption} span span`, {
  fontWeight: vars.font.weight.bold,
  color: vars.color.text.default,
});

// Quotation marks by the quote's own language: “ ” ‘ ’ by default (English, Simplified Chinese),
// 「 」 『 』 for Traditional Chinese: an explicit `zh-Hant` (also `zh-Hant-CN`), or any other `zh`
// tag (`zh`, `zh-HK`, `zh-TW`) that names neither Simplified script nor a Simplified region.
const traditional = ':is(:lang(zh-Hant), :lang(zh):not(:lang(zh-Hans), :lang(zh-CN), :lang(zh-SG), :lang(zh-MY)))';

componentGlobalStyle(`${quote}${traditional}`, { quotes: '"「" "」" "『" "』"' });

// The blockquote already tells screen readers this is a quotation, so the generated marks get empty
// alternative text (`/ ""`) and are not read out. Browsers without the syntax use the first value.
componentGlobalStyle(`${quote} > :first-child::before`, { content: ['open-quote', 'open-quote / ""'] });
componentGlobalStyle(`${quote} > :last-child::after`, { content: ['close-quote', 'close-quote / ""'] });
componentGlobalStyle(`${quote} > * + *`, { marginBlockStart: vars.space.md });

const decorated = `:is(${variant.reflection}, ${variant.pull})`;

// A large, light opening mark above the text; its box is shorter than the glyph so the text stays close.
componentGlobalStyle(`${decorated} ${quote} > :first-child::before`, {
  display: 'block',
  blockSize: '0.45em',
  fontSize: `calc(${vars.font.size.xxxl} * 1.5)`,
  fontWeight: vars.font.weight.regular,
  fontStyle: 'normal',
  lineHeight: 1,
  color: vars.component.quote.markColor,
});
// 「 is drawn in the right half of a full-width cell and reaches lower than “: pull it back to the
// text's edge and give it more room. Simplified Chinese “ sits like the Latin one.
componentGlobalStyle(`${decorated} ${quote}${traditional} > :first-child::before`, {
  fontSize: vars.font.size.xxxl,
  blockSize: '0.8em',
  marginInlineStart: '-0.5em',
});
componentGlobalStyle(`${decorated} ${quote} > :last-child::after`, {
  color: vars.component.quote.markColor,
});

componentGlobalStyle(`${variant.pull} ${quote}`, {
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.medium,
  lineHeight: vars.font.lineHeight.heading,
});

componentGlobalStyle(`${variant.inline} ${quote}`, { fontStyle: 'italic' });
// Chinese has no italic: a synthesised slant only blurs the strokes.
componentGlobalStyle(`${variant.inline} ${quote}:lang(zh), ${variant.inline} ${quote} :lang(zh)`, { fontStyle: 'normal' });

// The full text inside the disclosure.
componentGlobalStyle(`details > ${quote}`, { marginBlockStart: vars.space.md });

// With the full reflection open, the excerpt would repeat its opening: hide it (where `:has` works).
componentGlobalStyle(`${root}:has(> details[open]) > ${quote}`, { display: 'none' });
