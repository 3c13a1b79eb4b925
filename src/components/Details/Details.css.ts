import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { disclosureMarker, disclosurePrintContent, disclosureSummaryRule } from '../../styles/disclosure.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { detailsDefinition } from './Details.definition.js';

const { root: rootClass, part } = classesOf(detailsDefinition);

export const root = rootClass([componentRoot, disclosurePrintContent]);

// As wide as its text, so the pointer and the focus ring hug what readers click; a line of text is
// tall enough a target (24 px and more), and no block padding keeps the chevron on the first line.
export const summary = part('summary', [
  disclosureSummaryRule,
  disclosureMarker(root, 'start'),
  {
    display: 'block',
    inlineSize: 'fit-content',
    maxInlineSize: '100%',
    paddingInlineEnd: vars.space.xs,
    selectors: { '&:hover': { color: vars.color.text.linkHover } },
  },
]);

// The underline goes under the text, not under the chevron; paper shows the text plain.
export const summaryText = part('summary-text', {
  textDecorationLine: 'underline',
  textDecorationThickness: vars.link.underlineThickness,
  textUnderlineOffset: vars.link.underlineOffset,
  selectors: { [`${summary}:hover > &`]: { textDecorationThickness: vars.borderWidth.thick } },
  '@media': { print: { textDecorationLine: 'none' } },
});

export const content = part('content', {
  marginBlockStart: vars.space.sm,
  padding: `${vars.space.sm} 0 ${vars.space.sm} ${vars.space.lg}`,
  borderInlineStart: `${vars.borderWidth.thick} solid ${vars.color.border.default}`,
});

// The content is the caller's: only its rhythm is set here.
componentGlobalStyle(`${content} > * + *`, { marginBlockStart: vars.space.md });
