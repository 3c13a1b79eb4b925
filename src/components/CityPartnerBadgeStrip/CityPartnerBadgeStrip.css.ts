import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { cityPartnerBadgeStripDefinition } from './CityPartnerBadgeStrip.definition.js';

const { root: rootClass, part, modifier } = classesOf(cityPartnerBadgeStripDefinition);
const { badge: tokens } = componentTokens(cityPartnerBadgeStripDefinition);

const badgePaddingBlock = vars.space.xs;

// Half the height of a one-line badge: a true pill on one line, and when a long name wraps the
// corners stay that size instead of growing into half-circles that would cut into the text.
// `min()` with the pill token keeps a theme's square (radius 0) badges square.
const badgeRadius = `min(${vars.radius.pill}, calc(${vars.font.lineHeight.heading} * 0.5em + ${badgePaddingBlock} + ${vars.borderWidth.thin}))`;

export const root = rootClass([componentRoot]);

/** The root when grouped by region: its groups, one under another. */
export const grouped = modifier('grouped', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.lg,
});

// No size limits here: the root list has them from `componentRoot`, and a group's list is
// stretched to its group.
export const list = part('list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  gap: vars.space.sm,
  listStyle: 'none',
  padding: 0,
  margin: 0,
});

export const group = part('group', {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.sm,
});

export const groupLabel = part('group-label', {
  fontSize: vars.font.size.xs,
  fontWeight: vars.font.weight.medium,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.muted,
});

// The `<li>` itself, or the link inside it; the name in medium weight, the local name regular.
export const badge = part('badge', {
  position: 'relative',
  display: 'inline-block',
  minInlineSize: 0,
  maxInlineSize: '100%',
  paddingBlock: badgePaddingBlock,
  paddingInline: vars.space.md,
  border: `${vars.borderWidth.thin} solid ${tokens.border}`,
  borderRadius: badgeRadius,
  backgroundColor: tokens.background,
  color: tokens.text,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  lineHeight: vars.font.lineHeight.heading,
  '@media': { print: { breakInside: 'avoid' } },
});

export const current = part('badge--current', {
  backgroundColor: tokens.currentBackground,
  color: tokens.currentText,
  borderColor: tokens.currentBorder,
  '@media': {
    // Backgrounds are dropped in forced colours: keep the fill on purpose, in system colours.
    '(forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      borderColor: 'Highlight',
    },
    // Print drops the fill; a thicker outline and the check mark still set the badge apart.
    print: { borderWidth: vars.borderWidth.thick },
  },
});

export const linkBadge = part('badge--link', [
  focusable,
  {
    textDecorationLine: 'underline',
    textDecorationThickness: vars.link.underlineThickness,
    textUnderlineOffset: vars.link.underlineOffset,
    transition: `box-shadow ${vars.motion.duration.fast} ${vars.motion.easing.standard}, text-decoration-thickness ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
    selectors: {
      '&:hover': { textDecorationThickness: vars.borderWidth.thick },
      // An inner ring doubles the outline without moving the layout; not while focused, where the
      // focus halo owns box-shadow.
      '&:hover:not(:focus-visible)': { boxShadow: `inset 0 0 0 ${vars.borderWidth.thin} currentColor` },
      // `focusable` rounds the focus outline with a small radius; keep the pill shape instead.
      '&:focus-visible': { borderRadius: badgeRadius },
    },
  },
]);

// The check mark of the current partner. Its two strokes are separate open segments, so they
// fill nothing, and their round caps meet as a round join would.
export const check = part('check', {
  inlineSize: vars.size.icon,
  blockSize: vars.size.icon,
  marginInlineEnd: vars.space.xs,
  verticalAlign: '-0.125em',
  stroke: 'currentColor',
  strokeLinecap: 'round',
});

export const localName = part('local-name', { fontWeight: vars.font.weight.regular });
