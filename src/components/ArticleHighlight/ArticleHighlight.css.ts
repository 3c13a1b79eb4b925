import { vars } from '../../tokens/contract.css.js';
import { componentRoot, link } from '../../styles/base.css.js';
import { componentStyle, componentVariants, componentGlobalStyle } from '../../styles/layered.js';

// Markup: article.root.rootVariant > div (layout) > [teaser image] div.content > parts.
// The variant is on two elements only, the root and the content box. Each part has one class and
// is styled per variant as a child of the content box (never as a descendant), so an article
// nested in another's body keeps its own look.

const article = vars.component.article;
// Teasers switch to image-beside-text when their own box (not the viewport) is this wide.
const wideTeaser = '(min-width: 40em)';
const imageRadius = `calc(${vars.radius.md} - ${vars.borderWidth.thin})`;

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

export const content = componentVariants({
  feature: { maxInlineSize: vars.size.measure },
  teaser: { padding: vars.space.lg },
  compact: {},
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

export const lead = componentStyle({});
export const meta = componentStyle({});
export const media = componentStyle({});
export const body = componentStyle({});

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

componentGlobalStyle(`${kicker}, ${title}`, {
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});
// The date and a caption look alike.
componentGlobalStyle(`${meta}, ${media} > figcaption`, {
  fontSize: vars.font.size.sm,
  color: vars.color.text.muted,
  marginBlockStart: vars.space.sm,
});
componentGlobalStyle(`${media} > img`, { inlineSize: '100%' });

// Teaser: the image on top, or beside the text in a wide card.
componentGlobalStyle(`${rootVariant.teaser} > div`, {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  '@container': {
    [wideTeaser]: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', alignItems: 'start' },
  },
});
componentGlobalStyle(`${rootVariant.teaser} > div > ${media} > img`, {
  aspectRatio: '3 / 2',
  objectFit: 'cover',
  borderStartStartRadius: imageRadius,
  borderStartEndRadius: imageRadius,
  '@container': {
    [wideTeaser]: { borderStartEndRadius: 0, borderEndStartRadius: imageRadius },
  },
});
componentGlobalStyle(`${rootVariant.teaser} > div > ${media} > figcaption`, { paddingInline: vars.space.lg });

// The short accent bar that anchors the block; a border, so it survives forced colours and print.
componentGlobalStyle(`${content.feature}::before, ${content.teaser}::before`, {
  content: '""',
  display: 'block',
  inlineSize: '3em',
  borderBlockStart: `${article.ruleWidth} solid ${article.ruleColor}`,
  marginBlockEnd: vars.space.md,
});

componentGlobalStyle(`${content.feature} > ${title}`, { fontSize: vars.font.size.xxxl, lineHeight: vars.font.lineHeight.tight });
componentGlobalStyle(`${content.teaser} > ${title}`, { fontSize: vars.font.size.xl });

componentGlobalStyle(`${content.feature} > ${lead}`, { fontSize: vars.font.size.lg, marginBlockStart: vars.space.md });
componentGlobalStyle(`${content.teaser} > ${lead}`, { fontSize: vars.font.size.md, marginBlockStart: vars.space.sm });
componentGlobalStyle(`${content.compact} > ${lead}`, { fontSize: vars.font.size.sm, marginBlockStart: vars.space.xs });

// A feature's image and body; the teaser and compact body follow below.
componentGlobalStyle(`${body}, ${content.feature} > ${media}`, { marginBlockStart: vars.space.xl });
componentGlobalStyle(`${content.feature} > ${media} > img`, { borderRadius: vars.radius.md });

componentGlobalStyle(`${content.teaser} > ${body}`, { marginBlockStart: vars.space.md });
componentGlobalStyle(`${content.compact} > ${body}`, { marginBlockStart: vars.space.xs, fontSize: vars.font.size.sm });
componentGlobalStyle(`${root} ${body} > * + *`, { marginBlockStart: vars.space.md });

// The ring moves from the title text to the whole card; the doubled class outranks `focusable`.
componentGlobalStyle(`${stretchedLink}${stretchedLink}:focus-visible`, {
  outline: 'none',
  boxShadow: 'none',
});
componentGlobalStyle(`${stretchedLink}:focus-visible::after`, {
  outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
  outlineOffset: vars.focus.offset,
  boxShadow: `0 0 0 calc(${vars.focus.offset}) ${vars.color.focus.halo}`,
});
componentGlobalStyle(`${clickableCard}${rootVariant.teaser}`, {
  transition: `border-color ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
});
componentGlobalStyle(`${clickableCard}${rootVariant.teaser}:hover`, {
  borderColor: vars.color.border.default,
});
// Links and controls in the body (the only part that can hold any) stay clickable above the stretched area.
componentGlobalStyle(`${clickableCard} ${body} :is(a[href], button, input, select, textarea)`, {
  position: 'relative',
  zIndex: 1,
});
