import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { componentStyle, componentGlobalStyle } from '../../styles/layered.js';

// The facts sit in no other container, so the nearest one is always the card itself.
const wide = '(min-inline-size: 30em)';

export const root = componentStyle([
  componentRoot,
  {
    containerType: 'inline-size',
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
    padding: vars.space.lg,
    background: vars.component.profile.background,
    border: `${vars.borderWidth.thin} solid ${vars.component.profile.border}`,
    borderRadius: vars.radius.lg,
  },
]);

// Only the root and the photo-and-names row carry classes; child combinators reach the other parts
// and never anything inside the bio, which is the caller's markup.
export const identity = componentStyle({});
const names = `${identity} > div`;
const fact = `${root} > dl > div`;
const bio = `${root} > div ~ div`;

componentGlobalStyle(identity, {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.md,
});

// The photo or, without one, the monogram.
componentGlobalStyle(`${identity} > :not(div)`, {
  flex: '0 0 auto',
  inlineSize: vars.size.avatar,
  blockSize: vars.size.avatar,
  borderRadius: vars.radius.round,
  objectFit: 'cover',
  overflow: 'hidden',
});

componentGlobalStyle(`${identity} > span`, {
  display: 'grid',
  placeItems: 'center',
  background: vars.component.profile.monogramBackground,
  color: vars.component.profile.monogramText,
  // Transparent until forced colours remove the fill; then the border keeps the circle visible.
  border: `${vars.borderWidth.thin} solid transparent`,
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: 1,
  textTransform: 'none',
  userSelect: 'none',
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText', color: 'CanvasText' },
  },
});

componentGlobalStyle(names, {
  flex: '1 1 12em',
  minInlineSize: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xxs,
});

// The name heading; its colour is the card's.
componentGlobalStyle(`${names} > :not(p)`, {
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

// The local name; its size is the card's.
componentGlobalStyle(`${names} > p`, {
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.muted,
});

componentGlobalStyle(fact, {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  alignItems: 'baseline',
  gap: `${vars.space.xxs} ${vars.space.lg}`,
  paddingBlock: vars.space.sm,
  borderBlockStart: `${vars.borderWidth.thin} solid ${vars.component.profile.border}`,
  '@container': {
    [wide]: { gridTemplateColumns: 'minmax(0, 11em) minmax(0, 1fr)' },
  },
});

componentGlobalStyle(`${root} > dl dt`, {
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  color: vars.color.text.muted,
});

componentGlobalStyle(bio, { maxInlineSize: vars.size.measure });

componentGlobalStyle(`${bio} > * + *`, { marginBlockStart: vars.space.sm });
