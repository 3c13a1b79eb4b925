import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { participantProfileCardDefinition } from './ParticipantProfileCard.definition.js';

const { root: rootClass, part } = classesOf(participantProfileCardDefinition);
const { profile: tokens } = componentTokens(participantProfileCardDefinition);

// The facts sit in no other container, so the nearest one is always the card itself.
const wide = '(min-inline-size: 30em)';

export const root = rootClass([
  componentRoot,
  {
    // A card is not split across two sheets of paper.
    '@media': { print: { breakInside: 'avoid' } },
    containerType: 'inline-size',
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
    padding: vars.space.lg,
    background: tokens.background,
    border: `${vars.borderWidth.thin} solid ${tokens.border}`,
    borderRadius: vars.radius.lg,
  },
]);

// The portrait (or monogram) beside the name and the local name. The names sit between two rows
// that share the spare height, so they are centred on the portrait, or push the row taller.
export const identity = part('identity', {
  display: 'grid',
  gridTemplateColumns: 'auto minmax(0, 1fr)',
  gridTemplateRows: '1fr auto auto 1fr',
  columnGap: vars.space.md,
});

const avatar = {
  gridRow: '1 / -1',
  alignSelf: 'center',
  inlineSize: vars.size.avatar,
  blockSize: vars.size.avatar,
  borderRadius: vars.radius.round,
} as const;

export const portrait = part('portrait', { ...avatar, objectFit: 'cover' });

export const monogram = part('monogram', {
  ...avatar,
  display: 'grid',
  placeItems: 'center',
  background: tokens.monogramBackground,
  color: tokens.monogramText,
  // Transparent until forced colours remove the fill; then the border keeps the circle visible.
  border: `${vars.borderWidth.thin} solid transparent`,
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: 1,
  userSelect: 'none',
  '@media': {
    '(forced-colors: active)': { borderColor: 'CanvasText', color: 'CanvasText' },
  },
});

// The names sit in the second column; without a portrait or monogram (a name with no letters)
// they take the whole row.
const names = (row: number) =>
  ({
    gridColumn: '-2',
    gridRow: row,
    selectors: { [`${identity}:not(:has(> ${portrait}, > ${monogram})) > &`]: { gridColumn: '1 / -1' } },
  }) as const;

export const name = part('name', {
  ...names(2),
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

export const localName = part('local-name', {
  ...names(3),
  marginBlockStart: vars.space.xxs,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.muted,
});

// One fact: its label over its value, or beside it when the card is wide; a rule above each.
export const fact = part('fact', {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  alignItems: 'baseline',
  gap: `${vars.space.xxs} ${vars.space.lg}`,
  paddingBlock: vars.space.sm,
  borderBlockStart: `${vars.borderWidth.thin} solid ${tokens.border}`,
  '@container': {
    [wide]: { gridTemplateColumns: 'minmax(0, 11em) minmax(0, 1fr)' },
  },
});

export const factLabel = part('fact-label', {
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  color: vars.color.text.muted,
});

export const bio = part('bio', { maxInlineSize: vars.size.measure });

// The bio is the caller's content: only its rhythm is set here.
componentGlobalStyle(`${bio} > * + *`, { marginBlockStart: vars.space.sm });
