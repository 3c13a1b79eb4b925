import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { componentStyle, inComponentsLayer } from '../../styles/layered.js';

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

export const identity = componentStyle({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.md,
});

export const avatar = componentStyle({
  flex: '0 0 auto',
  inlineSize: vars.size.avatar,
  blockSize: vars.size.avatar,
  borderRadius: vars.radius.round,
  objectFit: 'cover',
  overflow: 'hidden',
});

export const monogram = componentStyle({
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

export const names = componentStyle({
  flex: '1 1 12em',
  minInlineSize: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: vars.space.xxs,
});

export const name = componentStyle({
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.default,
});

export const localName = componentStyle({
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.muted,
});

export const facts = componentStyle({});

export const fact = componentStyle({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  alignItems: 'baseline',
  rowGap: vars.space.xxs,
  columnGap: vars.space.lg,
  paddingBlock: vars.space.sm,
  borderBlockStart: `${vars.borderWidth.thin} solid ${vars.component.profile.border}`,
  '@container': {
    [wide]: { gridTemplateColumns: 'minmax(0, 11em) minmax(0, 1fr)' },
  },
});

export const term = componentStyle({
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  color: vars.color.text.muted,
});

export const detail = componentStyle({});

export const bio = componentStyle({
  color: vars.color.text.default,
  maxInlineSize: vars.size.measure,
});

globalStyle(`${bio} > * + *`, inComponentsLayer({ marginBlockStart: vars.space.sm }));
