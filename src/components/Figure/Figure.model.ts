// Figure's rules, once, for both renderers: the React component (Figure.tsx) and the Nunjucks macro
// (Figure.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { pixels } from '../../internal/pixels.js';
import { gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { figureAspectRatios, figureFetchPriorities, figureLabels, figureLoadings } from './Figure.definition.js';
import * as styles from './Figure.css.js';

export type FigureAspectRatio = (typeof figureAspectRatios)[number];
export type FigureLoading = (typeof figureLoadings)[number];
export type FigureFetchPriority = (typeof figureFetchPriorities)[number];

/** Figure's content props. */
export interface FigureContent {
  /** Image URL: http(s), relative, or `data:image/*`. Anything else is dropped, and the image with it. */
  src: string;
  /**
   * What the image shows, for readers who cannot see it. Required: pass `''` when the image is
   * decorative or when the caption already says everything it shows. Never repeat the caption here.
   */
  alt: string;
  /** The visible caption: context the image does not give by itself (who, where, when). */
  caption?: string;
  /** Who took or made the image, shown after the caption as "Photo: {credit}" (change the wording with `labels.credit`). */
  credit?: string;
  /** The image's intrinsic width in pixels. With `height`, it reserves the image's box before it loads, so the page does not shift. */
  width?: number;
  /** The image's intrinsic height in pixels. */
  height?: number;
  /**
   * The shape of the image box. `intrinsic` keeps the image's own shape (give `width` and `height`);
   * a ratio crops the image to that shape (`object-fit: cover`).
   * @default 'intrinsic'
   */
  aspectRatio?: FigureAspectRatio;
  /**
   * `lazy` for images below the first screen; `eager` for the first large image of a page (a lazy
   * lead image delays the page's largest paint).
   * @default 'lazy'
   */
  loading?: FigureLoading;
  /**
   * A hint of how urgent the image is: `high` for the page's lead image (with `loading="eager"`).
   * @default 'auto'
   */
  fetchPriority?: FigureFetchPriority;
  /**
   * Language of the built-in label; when given, the figure carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in label: `{ credit: 'Illustration: {credit}' }`. */
  labels?: Partial<(typeof figureLabels)['en']>;
}

const componentName = 'Figure';

/**
 * The figure, from its props (content and, for React, the root's DOM props): undefined when it has
 * no usable image, caption or credit; else its root props, the image's attributes (when its URL
 * passed the gate), the caption's text (with a space before a credit, which keeps them apart in the
 * figure's name), and the credit line: the label's words around the credited name.
 */
export function figureModel<Rest extends object>({
  src,
  alt,
  caption,
  credit,
  width,
  height,
  aspectRatio,
  loading,
  fetchPriority,
  locale,
  labels,
  ...rest
}: FigureContent & Rest) {
  const imageSrc = gatedUrl(src, srcSchemes, __DEV__ ? [componentName, 'src'] : undefined);
  const captionText = textOrUndefined(caption, __DEV__ ? [componentName, 'caption'] : undefined);
  const creditText = textOrUndefined(credit, __DEV__ ? [componentName, 'credit'] : undefined);
  if (!imageSrc && !captionText && !creditText) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: no usable `src`, `caption` or `credit`.');
    return undefined;
  }
  const shape = optionValue(figureAspectRatios, aspectRatio);
  const intrinsicWidth = pixels(width);
  const intrinsicHeight = pixels(height);
  const priority = optionValue(figureFetchPriorities, fetchPriority);
  const altText = typeof alt === 'string' ? alt.trim() : '';

  if (__DEV__ && src == null) warnDev(componentName, '`src` is required; rendering the caption and credit without the image.');
  if (__DEV__ && imageSrc) {
    if (typeof alt !== 'string') warnDev(componentName, '`alt` is required; treating the image as decorative. Pass alt="" to say so.');
    if (altText && altText === captionText) warnDev(componentName, '`alt` repeats the caption, so screen readers read it twice: describe the image, or pass alt="" and let the caption speak.');
    if (shape === 'intrinsic' && !(intrinsicWidth && intrinsicHeight)) {
      warnDev(componentName, 'give `width` and `height` (or an `aspectRatio`): without them the page shifts when the image loads.');
    }
  }

  let creditLine: { before: string; text: string; after: string | undefined } | undefined;
  if (creditText) {
    const [before, after] = labelFor(resolveLocale(locale), figureLabels, labels, 'credit').split('{credit}');
    creditLine = { before: after === undefined ? `${before} ` : before!, text: creditText, after };
  }
  return {
    root: rootProps(rest, { className: cx(styles.root, shape !== 'intrinsic' && styles.ratio[shape]), locale }),
    image: imageSrc
      ? { src: imageSrc, alt: altText, width: intrinsicWidth, height: intrinsicHeight, loading: optionValue(figureLoadings, loading), fetchPriority: priority === 'auto' ? undefined : priority }
      : undefined,
    caption: captionText && creditLine ? `${captionText} ` : captionText,
    credit: creditLine,
  };
}

/** The macro's model. */
export const template = (params: FigureContent) => figureModel(params);
