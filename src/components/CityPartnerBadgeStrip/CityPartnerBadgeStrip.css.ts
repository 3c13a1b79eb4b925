import { vars } from '../../tokens/contract.css.js';
import { focusable } from '../../styles/base.css.js';
import { componentStyle, componentGlobalStyle } from '../../styles/layered.js';

const badgeTokens = vars.component.badge;
const badgePaddingBlock = vars.space.xs;

// Half the height of a one-line badge: a true pill on one line, and when a long name wraps the
// corners stay that size instead of growing into half-circles that would cut into the text.
// `min()` with the pill token keeps a theme's square (radius 0) badges square.
const badgeRadius = `min(${vars.radius.pill}, calc(${vars.font.lineHeight.heading} * 0.5em + ${badgePaddingBlock} + ${vars.borderWidth.thin}))`;

// No size limits here: the root list has them from `componentRoot`, and a group's list is
// stretched to its group.
export const list = componentStyle({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  gap: vars.space.sm,
  listStyle: 'none',
  padding: 0,
  margin: 0,
});

export const groups = componentStyle({
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.lg,
});

// One group: its label and its list.
componentGlobalStyle(`${groups} > div`, {
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.sm,
});

export const groupLabel = componentStyle({
  fontSize: vars.font.size.xs,
  fontWeight: vars.font.weight.medium,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.muted,
});

componentGlobalStyle(`${list} > li`, {
  display: 'flex',
  minInlineSize: 0,
  maxInlineSize: '100%',
});

// A flex item of its <li>, so it is a block.
export const badge = componentStyle({
  position: 'relative',
  minInlineSize: 0,
  maxInlineSize: '100%',
  paddingBlock: badgePaddingBlock,
  paddingInline: vars.space.md,
  border: `${vars.borderWidth.thin} solid ${badgeTokens.border}`,
  borderRadius: badgeRadius,
  backgroundColor: badgeTokens.background,
  color: badgeTokens.text,
  fontSize: vars.font.size.sm,
  lineHeight: vars.font.lineHeight.heading,
});

export const current = componentStyle({
  backgroundColor: badgeTokens.currentBackground,
  color: badgeTokens.currentText,
  borderColor: badgeTokens.currentBorder,
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

export const linkBadge = componentStyle([
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
componentGlobalStyle(`${badge} > svg`, {
  inlineSize: vars.size.icon,
  blockSize: vars.size.icon,
  marginInlineEnd: vars.space.xs,
  verticalAlign: '-0.125em',
  stroke: 'currentColor',
  strokeLinecap: 'round',
});

// The name, then the local name (and the hidden "current" text, where weight does not matter).
componentGlobalStyle(`${badge} > span`, {
  fontWeight: vars.font.weight.medium,
});
componentGlobalStyle(`${badge} > span + span`, {
  fontWeight: vars.font.weight.regular,
});
