import { createElement, forwardRef, version, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { pixels } from '../../internal/pixels.js';
import { rootProps } from '../../contract/rootProps.js';
import { gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { figureAspectRatios, figureFetchPriorities, figureLabels, figureLoadings } from './Figure.definition.js';
import * as styles from './Figure.css.js';
import { creditWords } from './creditWords.js';

const componentName = 'Figure';

export type FigureAspectRatio = (typeof figureAspectRatios)[number];
export type FigureLoading = (typeof figureLoadings)[number];
export type FigureFetchPriority = (typeof figureFetchPriorities)[number];

export interface FigureProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children'> {
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

// React 19 knows `fetchPriority`; React 18 warns about the camel-case name and passes the lower-case
// attribute through as it is.
const fetchPriorityProp = version.startsWith('18.') ? 'fetchpriority' : 'fetchPriority';

/**
 * Renders a `<figure>` whose box keeps its shape while the image loads (from `width` and `height`,
 * or `aspectRatio`), so nothing on the page moves; caption and credit share its `<figcaption>`.
 */
export const Figure = forwardRef<HTMLElement, FigureProps>(function Figure(
  { src, alt, caption, credit, width, height, aspectRatio, loading, fetchPriority, locale, labels, ...rest },
  ref,
) {
  const imageSrc = gatedUrl(src, srcSchemes, __DEV__ ? [componentName, 'src'] : undefined);
  const captionText = textOrUndefined(caption, __DEV__ ? [componentName, 'caption'] : undefined);
  const creditText = textOrUndefined(credit, __DEV__ ? [componentName, 'credit'] : undefined);
  if (!imageSrc && !captionText && !creditText) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: no usable `src`, `caption` or `credit`.');
    return null;
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

  let creditLine: ReactNode;
  if (creditText) {
    const [before, after] = creditWords(locale, labels);
    // The name isolated, so a right-to-left override in it leaves the label's words in order.
    creditLine = (
      <>
        {before}
        <bdi>{creditText}</bdi>
        {after}
      </>
    );
  }

  return (
    <figure ref={ref} {...rootProps(rest, { className: cx(styles.root, shape !== 'intrinsic' && styles.ratio[shape]), locale })}>
      {imageSrc &&
        createElement('img', {
          className: styles.image,
          src: imageSrc,
          alt: altText,
          width: intrinsicWidth,
          height: intrinsicHeight,
          loading: optionValue(figureLoadings, loading),
          decoding: 'async',
          [fetchPriorityProp]: priority === 'auto' ? undefined : priority,
        })}
      {(captionText || creditLine) && (
        <figcaption className={styles.caption}>
          {/* The space keeps caption and credit apart in the figure's name; on screen the credit has its own line. */}
          {captionText && creditLine ? `${captionText} ` : captionText}
          {creditLine && <span className={styles.credit}>{creditLine}</span>}
        </figcaption>
      )}
    </figure>
  );
});
