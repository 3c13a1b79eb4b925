import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { contentsListDefinition } from './ContentsList.definition.js';

const { root: rootClass, part } = classesOf(contentsListDefinition);
const { contents: tokens } = componentTokens(contentsListDefinition);

const linkIndent = vars.space.md;

export const root = rootClass([componentRoot, { display: 'flex', flexDirection: 'column', gap: vars.space.sm }]);

export const title = part('title', {
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.default,
});

export const list = part('list', {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  borderInlineStart: `${vars.borderWidth.thin} solid ${tokens.rule}`,
});

export const nestedList = part('list--nested', {
  borderInlineStart: 'none',
  paddingInlineStart: vars.space.lg,
  fontSize: vars.font.size.sm,
});

export const item = part('item', {});

// Every link leaves room for the bar of the current one, so marking it moves no text. The bar is a
// border (not a background), so forced colours and print keep it; the current link is bold too,
// so colour is never the only sign.
export const link = part('link', {
  display: 'block',
  inlineSize: 'fit-content',
  maxInlineSize: '100%',
  paddingBlock: vars.space.xs,
  paddingInlineStart: `calc(${linkIndent} + ${vars.borderWidth.accent})`,
  marginInlineStart: `calc(-1 * ${vars.borderWidth.thin})`,
});

export const current = part('link--current', {
  paddingInlineStart: linkIndent,
  borderInlineStart: `${vars.borderWidth.accent} solid ${tokens.currentBar}`,
  color: vars.color.text.default,
  fontWeight: vars.font.weight.bold,
});
