import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { revisionDatesDefinition } from './RevisionDates.definition.js';

const { root: rootClass, part } = classesOf(revisionDatesDefinition);

// Small, quiet text, the same in the site footer and at the end of an article's content. The block
// margins stay the page's (none inside another component), like a paragraph's. Nothing hides the
// dates from print: a printed page keeps its dates, both on one page.
export const root = rootClass([
  componentRoot,
  {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${vars.space.xxs} ${vars.space.xl}`,
    fontSize: vars.font.size.sm,
    color: vars.color.text.muted,
    '@media': { print: { breakInside: 'avoid' } },
  },
]);

// The full-width colon of Chinese carries its own space.
export const date = part('date', {
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: vars.space.xs,
  selectors: { '&:lang(zh)': { columnGap: 0 } },
});

// "Last revision date: 14 July 2025", 「修訂日期：2025年7月14日」. The colon is drawn, not read out.
export const label = part('label', {
  selectors: {
    '&::after': { content: ['":"', '":" / ""'] },
    '&:lang(zh)::after': { content: ['"："', '"：" / ""'] },
  },
});
