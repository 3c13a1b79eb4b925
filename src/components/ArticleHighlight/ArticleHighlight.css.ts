import { globalStyle, type GlobalStyleRule } from '@vanilla-extract/css';
import { vars } from '../../tokens/contract.css.js';
import { componentRoot, link } from '../../styles/base.css.js';
import { componentStyle, componentVariants, inComponentsLayer } from '../../styles/layered.js';

const article = vars.component.article;
// Teasers switch to image-beside-text when their own box (not the viewport) is this wide.
const wideTeaser = '(min-width: 40em)';
const styleFor = (selector: string, rule: GlobalStyleRule) => globalStyle(selector, inComponentsLayer(rule));

// Markup: article.root.variant > div (layout) > [teaser: div.media] div.content.variant > parts.
// Two classes carry the variant (the root and the content box); the parts have one class each and
// are styled per variant as children of the content box, so a nested article keeps its own look.

export const root = componentStyle([componentRoot, { position: 'relative' }]);

export const rootVariant = componentVariants({
  feature: {},
  teaser: {
    containerType: 'inline-size',
    backgroundColor: article.cardBackground,
    border: `${vars.borderWidth.thin} solid ${article.cardBorder}`,
    borderRadius: vars.radius.md,
    boxShadow: vars.shadow.raised,
    // Only a clickable teaser changes its border colour (on hover).
    transition: `border-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
  },
  compact: {
    borderBlockStart: `${vars.borderWidth.thin} solid ${vars.color.border.subtle}`,
    paddingBlock: vars.space.md,
  },
});

export const kicker = componentStyle({
  color: article.kickerColor,
  fontSize: vars.font.size.sm,
  textTransform: vars.font.kickerTransform,
  letterSpacing: vars.font.letterSpacing.kicker,
  marginBlockEnd: vars.space.xs,
});

// The compact size; the feature and teaser sizes follow below.
export const title = componentStyle({
  color: vars.color.text.default,
  fontSize: vars.font.size.lg,
});

styleFor(`${kicker}, ${title}`, {
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

export const lead = componentStyle({});

export const media = componentStyle({});

export const meta = componentStyle({});

// The feature spacing; the teaser and compact spacing follow below.
export const body = componentStyle({ marginBlockStart: vars.space.xl });

// The date and a caption look alike.
styleFor(`${meta}, ${media} > figcaption`, {
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
  marginBlockStart: vars.space.sm,
});

styleFor(`${media} > img`, { inlineSize: '100%' });

// The title link's ::after covers the whole card, so the card is clickable with one link only.
export const clickableCard = componentStyle({});
export const stretchedLink = componentStyle([
  link,
  {
    selectors: {
      '&::after': {
        content: '""',
        position: 'absolute',
        inset: 0,
        borderRadius: 'inherit',
        transition: `outline-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
      },
    },
  },
]);

styleFor(`${rootVariant.teaser} > div`, {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  '@container': {
    [wideTeaser]: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', alignItems: 'start' },
  },
});

export const content = componentVariants({
  feature: { maxInlineSize: vars.size.measure },
  teaser: { padding: vars.space.lg },
  compact: {},
});

// The short accent bar that anchors the block; a border, so it survives forced colours and print.
styleFor(`${content.feature}::before, ${content.teaser}::before`, {
  content: '""',
  display: 'block',
  inlineSize: '3em',
  borderBlockStart: `${article.ruleWidth} solid ${article.ruleColor}`,
  marginBlockEnd: vars.space.md,
});

styleFor(`${content.feature} > ${title}`, { fontSize: vars.font.size.xxxl, lineHeight: vars.font.lineHeight.tight });
styleFor(`${content.teaser} > ${title}`, { fontSize: vars.font.size.xl });

// The ring moves from the title text to the whole card; the doubled class outranks `focusable`.
styleFor(`${stretchedLink}${stretchedLink}:focus-visible`, {
  outline: 'none',
  boxShadow: 'none',
});
styleFor(`${stretchedLink}:focus-visible::after`, {
  outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
  outlineOffset: vars.focus.offset,
  boxShadow: `0 0 0 calc(${vars.focus.offset}) ${vars.color.focus.halo}`,
});
styleFor(`${clickableCard}${rootVariant.teaser}:hover`, {
  borderColor: vars.color.border.default,
});
// Links and controls in the body (the only place they can be) stay clickable above the stretched area.
styleFor(`${clickableCard} ${body} :is(a[href], button, input, select, textarea)`, {
  position: 'relative',
  zIndex: 1,
});

styleFor(`${content.feature} > ${lead}`, { fontSize: vars.font.size.lg, marginBlockStart: vars.space.md });
// A teaser's lead keeps the root's font size.
styleFor(`${content.teaser} > ${lead}`, { marginBlockStart: vars.space.sm });
styleFor(`${content.compact} > ${lead}`, { fontSize: vars.font.size.sm, marginBlockStart: vars.space.xs });

styleFor(`${content.feature} > ${media}`, { marginBlockStart: vars.space.xl });
styleFor(`${content.feature} > ${media} > img`, { borderRadius: vars.radius.md });
styleFor(`${rootVariant.teaser} > div > ${media} > img`, {
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
});
styleFor(`${rootVariant.teaser} > div > ${media} > figcaption`, { paddingInline: vars.space.lg });

styleFor(`${content.teaser} > ${body}`, { marginBlockStart: vars.space.md });
styleFor(`${content.compact} > ${body}`, { marginBlockStart: vars.space.xs, fontSize: vars.font.size.sm });
styleFor(`${root} ${body} > * + *`, { marginBlockStart: vars.space.md });
