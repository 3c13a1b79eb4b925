import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { tableDefinition } from './Table.definition.js';

const { root: rootClass, part, modifier } = classesOf(tableDefinition);
const { table: tokens } = componentTokens(tableDefinition);

// The region scrolls sideways when the table is wider than the column, so the page never does. It
// is focusable (tabindex="0") for keyboard scrolling, hence the focus ring. On paper nothing scrolls:
// the whole table prints.
export const root = rootClass([componentRoot, focusable, { overflowX: 'auto', '@media': { print: { overflowX: 'visible' } } }]);

export const variant = {
  ruled: modifier('ruled', {}),
  zebra: modifier('zebra', {}),
};

// Words break only between themselves (not `anywhere`, the root's rule): a narrow screen scrolls the
// table instead of squeezing a column into single letters.
export const table = part('table', { minInlineSize: '100%', borderCollapse: 'collapse', overflowWrap: 'break-word' });

export const caption = part('caption', { paddingBlockEnd: vars.space.sm, textAlign: 'start', fontWeight: vars.font.weight.bold });

export const row = part('row', {
  selectors: {
    [`${variant.ruled} &`]: { borderBlockEnd: `${vars.borderWidth.thin} solid ${tokens.rule}` },
    [`${variant.zebra} &:nth-child(even)`]: { backgroundColor: tokens.stripe },
  },
  '@media': {
    print: {
      breakInside: 'avoid',
      selectors: { [`${variant.zebra} &`]: { borderBlockEnd: `${vars.borderWidth.thin} solid ${tokens.rule}` } },
    },
  },
});

const cellRule = { paddingBlock: vars.space.sm, paddingInline: vars.space.md, textAlign: 'start', verticalAlign: 'top' } as const;

// Headers stay whole, Chinese ones too (`keep-all`), so a column is never one character wide.
export const header = part('header', {
  ...cellRule,
  verticalAlign: 'bottom',
  fontWeight: vars.font.weight.bold,
  wordBreak: 'keep-all',
  borderBlockEnd: `${vars.borderWidth.thick} solid ${tokens.headRule}`,
});

const numericRule = { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export const headerNumeric = part('header--numeric', { textAlign: 'end' });

export const rowHeader = part('row-header', { ...cellRule, fontWeight: vars.font.weight.bold });

export const cell = part('cell', cellRule);

export const cellNumeric = part('cell--numeric', numericRule);
