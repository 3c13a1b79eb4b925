// What Figure's macro (Figure.njk) writes, decided by the rules Figure.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { optionValue } from '../../internal/option.js';
import { pixels } from '../../internal/pixels.js';
import { gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { figureAspectRatios, figureFetchPriorities, figureLoadings } from './Figure.definition.js';
import * as styles from './Figure.css.js';
import type { FigureProps } from './Figure.js';
import { creditWords } from './creditWords.js';

/** The macro's model; undefined when there is no usable `src`, `caption` or `credit`. */
export function template({ src, alt, caption, credit, width, height, aspectRatio, loading, fetchPriority, locale, labels }: FigureProps) {
  const imageSrc = gatedUrl(src, srcSchemes);
  const captionText = textOrUndefined(caption);
  const creditText = textOrUndefined(credit);
  if (!imageSrc && !captionText && !creditText) return undefined;
  const shape = optionValue(figureAspectRatios, aspectRatio);
  const priority = optionValue(figureFetchPriorities, fetchPriority);
  return {
    root: rootProps({}, { className: cx(styles.root, shape !== 'intrinsic' && styles.ratio[shape]), locale }),
    image: imageSrc && {
      src: imageSrc,
      alt: typeof alt === 'string' ? alt.trim() : '',
      width: pixels(width),
      height: pixels(height),
      loading: optionValue(figureLoadings, loading),
      fetchPriority: priority === 'auto' ? undefined : priority,
    },
    /** The caption, with the space that keeps it apart from a credit in the figure's name. */
    caption: captionText && creditText ? `${captionText} ` : captionText,
    credit: creditText && { text: creditText, words: creditWords(locale, labels) },
  };
}
