import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { disclosureMarker, disclosurePrintContent, disclosureSummaryRule } from '../../styles/disclosure.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { accordionDefinition } from './Accordion.definition.js';

const { root: rootClass, part } = classesOf(accordionDefinition);

const rule = `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`;

export const root = rootClass([componentRoot, { borderBlockStart: rule }]);

export const section = part('section', [
  disclosurePrintContent,
  { borderBlockEnd: rule, '@media': { print: { breakInside: 'avoid' } } },
]);

// The whole row is the control: the heading at the start, the chevron at the end, and at least
// 44 px tall however short the question.
export const summary = part('summary', [
  disclosureSummaryRule,
  disclosureMarker(section, 'end'),
  {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: vars.space.md,
    minBlockSize: '2.75rem',
    paddingBlock: vars.space.md,
  },
]);

export const heading = part('heading', {
  margin: 0,
  minInlineSize: 0,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  color: 'inherit',
  selectors: {
    [`${summary}:hover > &`]: {
      textDecorationLine: 'underline',
      textDecorationThickness: vars.link.underlineThickness,
      textUnderlineOffset: vars.link.underlineOffset,
    },
  },
});

export const content = part('content', { paddingBlockEnd: vars.space.lg });

// The content is the caller's: only its rhythm is set here.
componentGlobalStyle(`${content} > * + *`, { marginBlockStart: vars.space.md });
