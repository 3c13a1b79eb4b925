import type { GlobalStyleRule } from '@vanilla-extract/css';
import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusRingRule, linkHoverRule, linkRule } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { proseDefinition } from './Prose.definition.js';

// Prose is the one component that styles elements by name: the caller's content is plain HTML from
// a CMS or Markdown. Every selector starts at the Prose root, and the element part sits in `:where()`,
// so each rule weighs one class and a site's own classes (in any later layer, or unlayered) win.
// Another component placed in the content (a Figure, a Callout) keeps its own look: its root and
// everything inside it are left out.

const { root: rootClass } = classesOf(proseDefinition);

export const root = rootClass([componentRoot, { maxInlineSize: vars.size.measure }]);

/** The caller's elements matching `elements` (a selector list), outside any nested component. */
const own = (elements: string, pseudo = '') => `${root} :where(:is(${elements}):not(${componentRoot}, ${root} ${componentRoot} *))${pseudo}`;
const style = (elements: string, rule: GlobalStyleRule, pseudo?: string) => componentGlobalStyle(own(elements, pseudo), rule);

// Vertical rhythm between the blocks of the content, nested components included: more space above
// a heading than below it, so it sits with the text it introduces. The doubled root outweighs a
// nested component's own `margin: 0`.
const flow = `${root}${root} >`;
componentGlobalStyle(`${flow} * + *`, { marginBlockStart: vars.space.lg });
componentGlobalStyle(`${flow} :where(h2, h3, h4) + *`, { marginBlockStart: vars.space.sm });
componentGlobalStyle(`${flow} * + :where(h3, h4)`, { marginBlockStart: vars.space.xl });
componentGlobalStyle(`${flow} * + :where(h2)`, { marginBlockStart: vars.space.xxl });
componentGlobalStyle(`${flow} * + :where(hr), ${flow} :where(hr) + *`, { marginBlockStart: vars.space.xxl });
// Blocks inside blocks (paragraphs in a list item or a quotation).
componentGlobalStyle(`${own('li, blockquote, td, th')} > * + *`, { marginBlockStart: vars.space.sm });

// Headings (h2 to h4; the page title is the page's own h1): bold, tighter lines, balanced over
// their lines.
style('h2, h3, h4', { fontWeight: vars.font.weight.bold, lineHeight: vars.font.lineHeight.heading, textWrap: 'balance' } as GlobalStyleRule);
style('h2', { fontSize: vars.font.size.xxl });
style('h3', { fontSize: vars.font.size.xl });
style('h4', { fontSize: vars.font.size.lg });

// Lists: markers inside the measure and quieter than the text, items close together.
style('ul, ol', { paddingInlineStart: vars.space.xl });
// A list inside a numbered list counts a, b, c (browsers already give a nested bulleted list circles).
style('ol ol', { listStyleType: 'lower-alpha' });
style('li + li, li > ul, li > ol', { marginBlockStart: vars.space.xs });
style('li', { color: vars.color.text.muted }, '::marker');

// Links look like the library's links, with the same focus ring.
style('a[href]', linkRule);
style('a[href]', linkHoverRule, ':hover');
style('a[href]', focusRingRule, ':focus-visible');

// Inline text: browsers already make `strong` bold, `small` smaller and `abbr[title]` dotted-underlined.
// Footnote marks and other raised text keep the line height even.
style('sup, sub', { fontSize: '0.75em', lineHeight: 0 });
// Chinese has no italic (a synthesised slant blurs the strokes): emphasis takes dots under each
// character, as Chinese typesetting does; other italics turn upright.
style('em, i, cite', { fontStyle: 'normal' }, ':lang(zh)');
style('em', { textEmphasis: 'dot', textEmphasisPosition: 'under right' } as GlobalStyleRule, ':lang(zh)');

// Quotations: set in from a rule.
style('blockquote', {
  marginInline: 0,
  paddingInlineStart: vars.space.lg,
  borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.border.default}`,
});

// A rule between sections.
style('hr', { border: 0, borderBlockStart: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}` });

// Figures: captions small and muted. (Images are never wider than the text: the shared reset.)
style('figcaption', { marginBlockStart: vars.space.sm, fontSize: vars.font.size.sm, color: vars.color.text.muted });

// Tables: a wide table scrolls inside its own box, never the page. As a block it can scroll; its
// rows keep their table layout inside, and browsers keep its table semantics. Cells break only
// between words (not `anywhere`), so a narrow screen scrolls the table rather than splitting words.
// A table that can scroll needs `tabindex="0"` from the caller, so keyboard users can reach it.
style('table', {
  display: 'block',
  inlineSize: 'max-content',
  maxInlineSize: '100%',
  overflowX: 'auto',
  borderCollapse: 'collapse',
  fontVariantNumeric: 'tabular-nums',
});
// As a block, the caption wraps within the visible width of a table that scrolls, instead of
// running off with its columns (it still names the table).
style('caption', { display: 'block', paddingBlockEnd: vars.space.sm, textAlign: 'start', fontWeight: vars.font.weight.bold });
style('th, td', {
  paddingBlock: vars.space.sm,
  paddingInline: `0 ${vars.space.lg}`,
  borderBlockEnd: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
  textAlign: 'start',
  verticalAlign: 'top',
  overflowWrap: 'break-word',
});
// Headings stay whole, Chinese ones too (`keep-all`), so a column is never one character wide.
style('th', { wordBreak: 'keep-all' });
style('thead th, thead td', { borderBlockEnd: `${vars.borderWidth.thick} solid ${vars.color.border.default}` });

// Code: the monospace stack on a quiet ground. A block of code keeps its line breaks and wraps long
// lines, so it never needs a scroll box that keyboard users would have to reach.
style('code, kbd, samp, pre', { fontFamily: vars.font.family.mono, borderRadius: vars.radius.sm, backgroundColor: vars.color.surface.subtle });
style('code, kbd, samp', { fontSize: '0.875em' });
style('code:not(pre *), kbd, samp', { paddingInline: vars.space.xxs });
style('pre', { padding: vars.space.md, whiteSpace: 'pre-wrap' });
