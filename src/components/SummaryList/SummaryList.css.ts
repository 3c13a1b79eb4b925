import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { summaryListDefinition } from './SummaryList.definition.js';

const { root: rootClass, part, modifier } = classesOf(summaryListDefinition);
const { summaryList: tokens } = componentTokens(summaryListDefinition);

// The rows sit in no other container, so the nearest one is always the list itself: label and value
// side by side once the list is 30em wide, stacked below that (320 px screens, narrow sidebars).
const wide = '(min-inline-size: 30em)';

// No outer margin (a dl has one by default): spacing between blocks belongs to the page.
export const root = rootClass([componentRoot, { containerType: 'inline-size', margin: 0 }]);

export const withActions = modifier('with-actions', {});

export const row = part('row', {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  alignItems: 'baseline',
  gap: `${vars.space.xxs} ${vars.space.lg}`,
  paddingBlock: vars.space.md,
  borderBlockEnd: `${vars.borderWidth.thin} solid ${tokens.rule}`,
  '@container': {
    [wide]: {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)',
      // Every row keeps the actions column, including rows without actions.
      selectors: { [`${withActions} > &`]: { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 5fr) minmax(0, 2fr)' } },
    },
  },
});

export const key = part('key', { fontWeight: vars.font.weight.bold });

export const value = part('value', {
  '@container': { [wide]: { gridColumn: 2 } },
});

export const actions = part('actions', {
  '@container': { [wide]: { gridColumn: 3, textAlign: 'end' } },
});

export const actionList = part('action-list', {
  display: 'flex',
  flexWrap: 'wrap',
  gap: `${vars.space.xs} ${vars.space.md}`,
  margin: 0,
  padding: 0,
  listStyle: 'none',
  '@container': { [wide]: { justifyContent: 'flex-end' } },
});

export const action = part('action', {});

// A value may hold paragraphs or a list of the caller's own: their rhythm only.
componentGlobalStyle(`${value} > * + *`, { marginBlockStart: vars.space.sm });
