import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { previousNextDefinition } from './PreviousNext.definition.js';

const { root: rootClass, part } = classesOf(previousNextDefinition);

// One link below the other: titles are long, and side by side they would wrap into narrow columns.
export const root = rootClass([componentRoot, { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: vars.space.lg }]);

export const link = part('link', { display: 'block' });
export const previous = part('link--previous', {});
export const next = part('link--next', {});

// The arrows are drawn, not written: their alternative text is empty, so they are not read out.
// An inline block takes no part in the link's underline.
const arrow = (glyph: string, side: 'marginInlineEnd' | 'marginInlineStart') => ({ content: [`"${glyph}"`, `"${glyph}" / ""`], display: 'inline-block', [side]: vars.space.xs });

export const direction = part('direction', {
  display: 'block',
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  color: vars.color.text.muted,
  selectors: {
    [`${previous} > &::before`]: arrow('←', 'marginInlineEnd'),
    [`${next} > &::after`]: arrow('→', 'marginInlineStart'),
  },
});

export const title = part('title', {
  display: 'block',
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});
