import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { tagDefinition } from './Tag.definition.js';

const { root: rootClass, modifier } = classesOf(tagDefinition);
const { tag: tokens } = componentTokens(tagDefinition);

// Small square corners, so a tag never reads as one of the pill-shaped partner badges. The border
// is what survives forced colours and print, so the tag keeps its outline there.
export const root = rootClass([
  componentRoot,
  {
    display: 'inline-block',
    paddingBlock: '0.125em',
    paddingInline: vars.space.sm,
    border: `${vars.borderWidth.thin} solid ${tokens.border}`,
    borderRadius: vars.radius.sm,
    backgroundColor: tokens.background,
    color: tokens.text,
    fontSize: vars.font.size.sm,
    fontWeight: vars.font.weight.medium,
    lineHeight: vars.font.lineHeight.tight,
    '@media': { print: { borderColor: 'currentColor', breakInside: 'avoid' } },
  },
]);

export const strong = modifier('strong', { backgroundColor: tokens.strongBackground, color: tokens.strongText, borderColor: tokens.strongBackground });

export const link = modifier('link', [
  focusable,
  {
    textDecorationLine: 'underline',
    textDecorationThickness: vars.link.underlineThickness,
    textUnderlineOffset: vars.link.underlineOffset,
    selectors: { '&:hover': { textDecorationThickness: vars.borderWidth.thick } },
  },
]);
