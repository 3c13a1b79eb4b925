import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { languageSwitcherDefinition } from './LanguageSwitcher.definition.js';

const { root: rootClass, part } = classesOf(languageSwitcherDefinition);
const { languageSwitcher: tokens } = componentTokens(languageSwitcherDefinition);

export const root = rootClass([
  componentRoot,
  {
    fontSize: vars.font.size.sm,
    lineHeight: vars.font.lineHeight.heading,
    '@media': {
      print: { display: 'none' },
    },
  },
]);

// Lined up at the inline end, where readers look for it in a masthead; wraps when the names do not fit.
export const list = part('list', {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'flex-end',
  alignItems: 'center',
  rowGap: vars.space.xxs,
  listStyle: 'none',
  margin: 0,
  padding: 0,
});

// A thin rule between languages: "繁體 | 简体 | English".
export const item = part('item', {
  minInlineSize: 0,
  paddingInline: vars.space.sm,
  selectors: {
    '& + &': { borderInlineStart: `${vars.borderWidth.thin} solid ${tokens.divider}` },
  },
});

// Block padding brings each name to at least 24 CSS px tall (WCAG 2.5.8); the current one matches it.
export const current = part('item--current', {
  paddingBlock: vars.space.xs,
  fontWeight: vars.font.weight.bold,
});

export const link = part('link', {
  display: 'inline-block',
  paddingBlock: vars.space.xs,
});
