import { vars } from '../../tokens/contract.css.js';
import { componentRoot, link as baseLink } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { articleHighlightDefinition } from './ArticleHighlight.definition.js';

// Markup: the parts are children of the root; a teaser wraps its text parts in `content`, beside
// or below its image. Parts are styled per variant as children (never as descendants), so an
// article nested in another's body keeps its own look.

const { root: rootClass, part, modifier } = classesOf(articleHighlightDefinition);
const { article: tokens } = componentTokens(articleHighlightDefinition);

export const root = rootClass([componentRoot, { position: 'relative' }]);

// The short accent bar that anchors the block; a border, so it survives forced colours and print.
const accentBar = {
  content: '""',
  display: 'block',
  inlineSize: '3em',
  borderBlockStart: `${tokens.ruleWidth} solid ${tokens.ruleColor}`,
  marginBlockEnd: vars.space.md,
} as const;

export const variant = {
  feature: modifier('feature', {
    maxInlineSize: vars.size.measure,
    selectors: { '&::before': accentBar },
  }),
  // A card: the image beside the text when both fit (40em together), else on top. The card clips
  // the image to its rounded corners, so its focus ring is drawn inside (below).
  teaser: modifier('teaser', {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    overflow: 'hidden',
    backgroundColor: tokens.cardBackground,
    border: `${vars.borderWidth.thin} solid ${tokens.cardBorder}`,
    borderRadius: vars.radius.md,
    boxShadow: vars.shadow.raised,
    // A card is not split across two sheets of paper.
    '@media': { print: { breakInside: 'avoid' } },
  }),
  compact: modifier('compact', {
    borderBlockStart: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
    paddingBlock: vars.space.md,
    '@media': { print: { breakInside: 'avoid' } },
  }),
};
const { feature, teaser, compact } = variant;

/** A teaser or compact article with a link: the title link's `::after` covers the card. */
export const linked = modifier('linked', {
  selectors: {
    [`&${teaser}`]: { transition: `border-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}` },
    [`&${teaser}:hover`]: { borderColor: vars.color.border.default },
  },
});

export const content = part('content', {
  flex: '3 1 24em',
  minInlineSize: 0,
  padding: vars.space.lg,
  selectors: { '&::before': accentBar },
});

const inFeature = `${feature} > &`;
const inTeaser = `${teaser} > ${content} > &`;
const inCompact = `${compact} > &`;

export const kicker = part('kicker', {
  color: tokens.kickerColor,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  textTransform: vars.font.kickerTransform,
  letterSpacing: vars.font.letterSpacing.kicker,
  marginBlockEnd: vars.space.xs,
});

export const title = part('title', {
  color: vars.color.text.default,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  selectors: {
    [inFeature]: { fontSize: vars.font.size.xxxl, lineHeight: vars.font.lineHeight.tight },
    [inTeaser]: { fontSize: vars.font.size.xl },
  },
});

const focusRing = {
  outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
  boxShadow: `0 0 0 calc(${vars.focus.offset}) ${vars.color.focus.halo}`,
} as const;

export const link = part('link', [
  baseLink,
  {
    selectors: {
      // In a linked card the link's ::after covers the card, so the card is clickable with one link only.
      [`${linked} &::after`]: {
        content: '""',
        position: 'absolute',
        inset: 0,
        borderRadius: 'inherit',
        transition: `outline-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
      },
      // The ring moves from the title text to the whole card; the doubled class outranks `focusable`.
      [`${linked} &&:focus-visible`]: { outline: 'none', boxShadow: 'none' },
      [`${linked} &:focus-visible::after`]: { ...focusRing, outlineOffset: vars.focus.offset },
      [`${teaser}${linked} &:focus-visible::after`]: { outlineOffset: `calc(-1 * ${vars.focus.width})` },
    },
  },
]);

export const lead = part('lead', {
  selectors: {
    [inFeature]: { fontSize: vars.font.size.lg, marginBlockStart: vars.space.md },
    [inTeaser]: { fontSize: vars.font.size.md, marginBlockStart: vars.space.sm },
    [inCompact]: { fontSize: vars.font.size.sm, marginBlockStart: vars.space.xs },
  },
});

// The date and a caption look alike.
const smallPrint = { fontSize: vars.font.size.sm, color: vars.color.text.muted, marginBlockStart: vars.space.sm } as const;

export const meta = part('meta', smallPrint);

// A captioned image is a figure; an image without a caption stands alone. Either is the media block:
// below the date in a feature, beside or above the text in a teaser.
export const figure = part('figure', {
  // An image and its caption print on the same page.
  '@media': { print: { breakInside: 'avoid' } },
  selectors: {
    [`${feature} > &`]: { marginBlockStart: vars.space.xl },
    [`${teaser} > &`]: { flex: '2 1 16em', minInlineSize: 0 },
  },
});

export const image = part('image', {
  inlineSize: '100%',
  '@media': { print: { breakInside: 'avoid' } },
  selectors: {
    [`${feature} > &`]: { marginBlockStart: vars.space.xl },
    [`${feature} > &, ${feature} > ${figure} > &`]: { borderRadius: vars.radius.md },
    [`${teaser} > &`]: { flex: '2 1 16em', minInlineSize: 0 },
    [`${teaser} > &, ${teaser} > ${figure} > &`]: { aspectRatio: '3 / 2', objectFit: 'cover' },
  },
});

export const caption = part('caption', {
  ...smallPrint,
  selectors: { [`${teaser} > ${figure} > &`]: { paddingInline: vars.space.lg } },
});

export const body = part('body', {
  selectors: {
    [inFeature]: { marginBlockStart: vars.space.xl },
    [inTeaser]: { marginBlockStart: vars.space.md },
    [inCompact]: { marginBlockStart: vars.space.xs, fontSize: vars.font.size.sm },
  },
});

// The body is the caller's content: its rhythm, and its links raised above a linked card's cover.
componentGlobalStyle(`${body} > * + *`, { marginBlockStart: vars.space.md });
// A section of a long article's body (a Section, say) stands apart from what comes before it.
componentGlobalStyle(`${body} > * + section`, { marginBlockStart: vars.space.xxl });
componentGlobalStyle(`${linked} ${body} :is(a[href], button, input, select, textarea)`, { position: 'relative', zIndex: 1 });
