import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { figureDefinition } from './Figure.definition.js';

const { root: rootClass, part, modifier } = classesOf(figureDefinition);
const { figure: tokens } = componentTokens(figureDefinition);

// No outer margin (a figure has one by default): spacing between blocks belongs to the page.
export const root = rootClass([componentRoot, { margin: 0 }]);

// A box of a fixed shape that the image covers, cropped at its edges when its own shape differs.
const box = (ratio: string) => modifier(`ratio-${ratio.replace(':', '-')}` as 'ratio-16-9', {});
export const ratio = { '16:9': box('16:9'), '3:2': box('3:2'), '4:3': box('4:3'), '1:1': box('1:1') };

// The image's own shape comes from its `width` and `height` attributes: the browser reserves the
// box before the file arrives, so nothing below it moves. No inline size here, so the width
// attribute sets it, up to the column; the height follows the shape. The placeholder colour fills
// the box while the file loads.
export const image = part('image', {
  maxInlineSize: '100%',
  blockSize: 'auto',
  backgroundColor: tokens.placeholder,
  selectors: Object.fromEntries(
    Object.entries(ratio).map(([shape, className]) => [`${className} > &`, { inlineSize: '100%', aspectRatio: shape.replace(':', ' / '), objectFit: 'cover' }]),
  ),
});

export const caption = part('caption', {
  maxInlineSize: vars.size.measure,
  marginBlockStart: vars.space.sm,
  fontSize: vars.font.size.sm,
  color: tokens.caption,
});

export const credit = part('credit', {
  display: 'block',
  marginBlockStart: vars.space.xxs,
  fontSize: vars.font.size.xs,
});
