import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { componentStyle, componentVariants, inComponentsLayer } from '../../styles/layered.js';

const article = vars.component.article;
// Teasers switch to image-beside-text when their own box (not the viewport) is this wide.
const wideTeaser = '(min-width: 40em)';

export const root = componentStyle([componentRoot, { position: 'relative' }]);

export const rootVariant = componentVariants({
  feature: {},
  teaser: {
    containerType: 'inline-size',
    backgroundColor: article.cardBackground,
    border: `${vars.borderWidth.thin} solid ${article.cardBorder}`,
    borderRadius: vars.radius.md,
    boxShadow: vars.shadow.raised,
  },
  compact: {
    borderBlockStart: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
    paddingBlock: vars.space.md,
  },
});

export const layout = componentVariants({
  feature: {},
  teaser: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@container': {
      [wideTeaser]: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', alignItems: 'start' },
    },
  },
  compact: {},
});

// The short accent bar that anchors the block; a border, so it survives forced colours and print.
const accentBar = {
  content: '""',
  display: 'block',
  inlineSize: '3em',
  borderBlockStart: `${article.ruleWidth} solid ${article.ruleColor}`,
  marginBlockEnd: vars.space.md,
} as const;

export const content = componentVariants({
  feature: { maxInlineSize: vars.size.measure, selectors: { '&::before': accentBar } },
  teaser: { padding: vars.space.lg, selectors: { '&::before': accentBar } },
  compact: {},
});

export const kicker = componentStyle({
  color: article.kickerColor,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  textTransform: vars.font.kickerTransform,
  letterSpacing: vars.font.letterSpacing.kicker,
  marginBlockEnd: vars.space.xs,
});

const titleBase = {
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.default,
} as const;

export const title = componentVariants({
  feature: { ...titleBase, fontSize: vars.font.size.xxxl, lineHeight: vars.font.lineHeight.tight },
  teaser: { ...titleBase, fontSize: vars.font.size.xl },
  compact: { ...titleBase, fontSize: vars.font.size.lg },
});

export const titleLink = componentStyle({});

// The title link's ::after covers the whole card, so the card is clickable with one link only.
export const clickableCard = componentStyle({});
export const stretchedLink = componentStyle({
  selectors: {
    '&::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      borderRadius: 'inherit',
      transition: `outline-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
    },
  },
});
// The ring moves from the title text to the whole card; the doubled class outranks `focusable`.
globalStyle(`${clickableCard} ${stretchedLink}${stretchedLink}:focus-visible`, inComponentsLayer({
  outline: 'none',
  boxShadow: 'none',
}));
globalStyle(`${clickableCard} ${stretchedLink}:focus-visible::after`, inComponentsLayer({
  outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
  outlineOffset: vars.focus.offset,
  boxShadow: `0 0 0 calc(${vars.focus.offset}) ${vars.color.focus.halo}`,
}));
globalStyle(`${clickableCard}${rootVariant.teaser}`, inComponentsLayer({
  transition: `border-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
}));
globalStyle(`${clickableCard}${rootVariant.teaser}:hover`, inComponentsLayer({
  borderColor: vars.color.border.default,
}));
// Links inside the body stay clickable above the stretched area.
globalStyle(`${clickableCard} :is(a[href], button, input, select, textarea):not(${stretchedLink})`, inComponentsLayer({
  position: 'relative',
  zIndex: 1,
}));

export const lead = componentVariants({
  feature: { fontSize: vars.font.size.lg, marginBlockStart: vars.space.md },
  teaser: { fontSize: vars.font.size.md, marginBlockStart: vars.space.sm },
  compact: { fontSize: vars.font.size.sm, marginBlockStart: vars.space.xs },
});

export const meta = componentStyle({
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
  marginBlockStart: vars.space.sm,
});

export const media = componentVariants({
  feature: { marginBlockStart: vars.space.xl },
  teaser: {},
  compact: {},
});

export const image = componentVariants({
  feature: { inlineSize: '100%', borderRadius: vars.radius.md },
  teaser: {
    inlineSize: '100%',
    aspectRatio: '3 / 2',
    objectFit: 'cover',
    borderStartStartRadius: `calc(${vars.radius.md} - ${vars.borderWidth.thin})`,
    borderStartEndRadius: `calc(${vars.radius.md} - ${vars.borderWidth.thin})`,
    '@container': {
      [wideTeaser]: {
        borderStartEndRadius: 0,
        borderEndStartRadius: `calc(${vars.radius.md} - ${vars.borderWidth.thin})`,
      },
    },
  },
  compact: {},
});

export const caption = componentVariants({
  feature: { fontSize: vars.font.size.sm, color: vars.color.text.muted, marginBlockStart: vars.space.sm },
  teaser: {
    fontSize: vars.font.size.sm,
    color: vars.color.text.muted,
    paddingInline: vars.space.lg,
    paddingBlockStart: vars.space.sm,
  },
  compact: {},
});

export const body = componentVariants({
  feature: { marginBlockStart: vars.space.xl },
  teaser: { marginBlockStart: vars.space.md },
  compact: { marginBlockStart: vars.space.xs, fontSize: vars.font.size.sm },
});
globalStyle(`${root} :is(${body.feature}, ${body.teaser}, ${body.compact}) > * + *`, inComponentsLayer({
  marginBlockStart: vars.space.md,
}));
