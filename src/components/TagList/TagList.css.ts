import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { tagListDefinition } from './TagList.definition.js';

const { root: rootClass, part } = classesOf(tagListDefinition);

// The label and the tags on one row while they fit; the tags wrap under it when they do not.
export const root = rootClass([componentRoot, { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: `${vars.space.xs} ${vars.space.sm}` }]);

export const label = part('label', { fontSize: vars.font.size.sm, fontWeight: vars.font.weight.bold });

export const list = part('list', { display: 'flex', flexWrap: 'wrap', gap: vars.space.xs, listStyle: 'none', margin: 0, padding: 0 });
