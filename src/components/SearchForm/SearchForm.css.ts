import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { searchFormDefinition } from './SearchForm.definition.js';

const { root: rootClass, part, modifier } = classesOf(searchFormDefinition);

export const root = rootClass([
  componentRoot,
  {
    display: 'block',
    // Paper cannot search.
    '@media': { print: { display: 'none' } },
  },
]);

/** The masthead's form: its label is visually hidden (the component adds `bh-visually-hidden`). */
export const compact = modifier('compact', {});

export const label = part('label', {
  display: 'block',
  marginBlockEnd: vars.space.xs,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.bold,
});

// The field and its button touch, as one control, no wider than a line of text.
export const row = part('row', { display: 'flex', maxInlineSize: vars.size.measure });

export const input = part('input', {
  flex: 'auto',
  minInlineSize: 0,
  margin: 0,
  padding: vars.space.sm,
  // A field's boundary needs 3:1 against the page (WCAG 1.4.11): the strong border has it, and
  // keeps it in forced colours, where the field takes the system's own colours.
  border: `${vars.borderWidth.thick} solid ${vars.color.border.strong}`,
  borderStartStartRadius: vars.radius.sm,
  borderEndStartRadius: vars.radius.sm,
  borderStartEndRadius: 0,
  borderEndEndRadius: 0,
  backgroundColor: vars.color.surface.page,
  color: vars.color.text.default,
  font: 'inherit',
  // The same box in every engine (Safari rounds a search field of its own).
  appearance: 'none',
  // The focus ring keeps the field's shape (the shared ring rounds every corner).
  selectors: { '&:focus-visible': { borderStartEndRadius: 0, borderEndEndRadius: 0 } },
});

const square = { borderStartStartRadius: 0, borderEndStartRadius: 0 } as const;
export const submit = part('submit', { flex: 'none', ...square, selectors: { '&:focus-visible': square } });
