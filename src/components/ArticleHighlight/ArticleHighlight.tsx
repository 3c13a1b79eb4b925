import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formatDate, parseDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { pixels } from '../../internal/pixels.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { useLabelId } from '../../internal/ids.js';
import { cx, hasContent, textOrUndefined } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { articleHighlightVariants, articleLabels } from './ArticleHighlight.definition.js';
import * as styles from './ArticleHighlight.css.js';

export type ArticleHighlightVariant = (typeof articleHighlightVariants)[number];

export interface ArticleHighlightImage {
  /** Image URL: http(s), relative, or `data:image/*`. Anything else is dropped with the image. */
  src: string;
  /** Text alternative. Required; pass `''` only when the image is purely decorative. */
  alt: string;
  /** Visible caption; when given, the image is wrapped in `<figure>` with a `<figcaption>`. */
  caption?: string;
  /**
   * The image's intrinsic width in pixels. With `height`, the feature reserves the image's box
   * before it loads, so the page does not shift (a teaser's box always has the shape 3:2).
   */
  width?: number;
  /** The image's intrinsic height in pixels. */
  height?: number;
  /**
   * `eager` for the feature image at the top of a page (the page's largest paint should not wait
   * for lazy loading); `lazy` for images further down.
   * @default 'lazy'
   */
  loading?: 'lazy' | 'eager';
}

export interface ArticleHighlightProps extends Omit<ComponentPropsWithoutRef<'article'>, 'title'> {
  /** The headline. Becomes the article's heading and its accessible name. */
  title: string;
  /** A short label shown above the title, e.g. "Highlights". Not part of the heading's name. */
  kicker?: string;
  /** One-sentence summary shown under the title. */
  lead?: string;
  /** Body content. Rendered in every variant; keep it short in `teaser` and `compact`. */
  children?: ReactNode;
  /** Publication date: an ISO 8601 string (`2025-07-14`, `2025-07-14T09:30+08:00`) or a Date. Invalid dates are not shown. */
  date?: string | Date;
  /** Illustration. Not shown in the `compact` variant. */
  image?: ArticleHighlightImage;
  /** Where the title links to. In `teaser` and `compact` the whole card becomes the link's click area. */
  href?: string;
  /**
   * Level of the title heading, to fit the page outline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * `feature`: large, for the top of a page; `teaser`: a card with the image on top (beside it when
   * wide); `compact`: text only, for lists.
   * @default 'feature'
   */
  variant?: ArticleHighlightVariant;
  /**
   * Language of the content; sets `lang` on the root when given and picks labels and date format.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Overrides for the built-in labels (catalogue section `article`). */
  labels?: Partial<(typeof articleLabels)['en']>;
  /**
   * The heading's id. By default one unique on the page (from React's `useId`, the same on the
   * server and in the browser); pass one when a link targets the heading (`#id`).
   */
  headingId?: string;
}

/**
 * Renders an `<article>` named by its title heading. With `href` the title is a link, and in
 * `teaser` and `compact` the whole card is its click area; the date is a `<time>`. An invalid date
 * or an unsafe image URL is left out.
 */
export const ArticleHighlight = forwardRef<HTMLElement, ArticleHighlightProps>(function ArticleHighlight(
  {
    title,
    kicker,
    lead,
    children,
    date,
    image,
    href,
    headingLevel,
    variant,
    locale,
    labels,
    headingId,
    ...rest
  },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const layout = optionValue(articleHighlightVariants, variant);
  const Heading = headingTag(headingLevel);

  const titleText = textOrUndefined(title);
  if (__DEV__ && titleText === undefined) warnDev('ArticleHighlight', '`title` is required; rendering without a heading.');
  const kickerText = textOrUndefined(kicker, __DEV__ ? ['ArticleHighlight', 'kicker'] : undefined);
  const leadText = textOrUndefined(lead, __DEV__ ? ['ArticleHighlight', 'lead'] : undefined);
  const safeHref = gatedUrl(href, hrefSchemes, __DEV__ ? ['ArticleHighlight', 'href'] : undefined);
  // In teaser and compact the title link's ::after makes the whole card its click area.
  const linked = layout !== 'feature' && !!safeHref;

  const parsedDate = parseDate(date);
  if (__DEV__ && parsedDate === undefined && date != null && date !== '') {
    warnDev('ArticleHighlight', '`date` is not a valid ISO 8601 string or Date; rendering without it.');
  }
  const id = useLabelId('bh-article', headingId);

  // Placed in two variants (compact shows no image). `image?.` is enough for a wrong-typed image
  // (a string, a number): it has no `src`.
  // Checked in every variant, shown in two: compact shows no image.
  const imageSrc = gatedUrl(image?.src, srcSchemes, __DEV__ ? ['ArticleHighlight', 'image.src'] : undefined);
  const src = layout === 'compact' ? undefined : imageSrc;
  if (__DEV__ && image != null && image.src == null) warnDev('ArticleHighlight', '`image` has no `src`; rendering without it.');
  if (__DEV__ && imageSrc && typeof image!.alt !== 'string') {
    warnDev('ArticleHighlight', '`image.alt` is required; treating the image as decorative. Pass alt="" to say so.');
  }
  if (__DEV__ && src && layout === 'feature' && !(pixels(image!.width) && pixels(image!.height))) {
    warnDev('ArticleHighlight', `give \`image.width\` and \`image.height\` of ${JSON.stringify(src.slice(0, 60))}: without them the page shifts when the image loads.`);
  }
  const img = src && (
    <img
      className={styles.image}
      src={src}
      alt={textOrUndefined(image!.alt) ?? ''}
      width={pixels(image!.width)}
      height={pixels(image!.height)}
      loading={image!.loading === 'eager' ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
  // Checked in every variant, like the image's URL.
  const captionText = textOrUndefined((image as ArticleHighlightImage | undefined)?.caption, __DEV__ ? ['ArticleHighlight', 'image.caption'] : undefined);
  const caption = img && captionText;
  // A figure only when there is a caption to name it.
  const illustration = caption ? (
    <figure className={styles.figure}>
      {img}
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  ) : (
    img
  );

  const text = (
    <>
      {kickerText && <p className={styles.kicker}>{kickerText}</p>}
      {titleText && (
        <Heading id={id} className={styles.title}>
          {safeHref ? (
            <a className={styles.link} href={safeHref}>
              {titleText}
            </a>
          ) : (
            titleText
          )}
        </Heading>
      )}
      {leadText && <p className={styles.lead}>{leadText}</p>}
      {parsedDate && (
        <p className={styles.meta}>
          <span className={visuallyHidden}>{`${labelFor(resolvedLocale, articleLabels, labels, 'published')} `}</span>
          <time dateTime={parsedDate.machine}>{formatDate(parsedDate, resolvedLocale)}</time>
        </p>
      )}
      {layout === 'feature' && illustration}
      {/* No body for blank children: an empty body would still add its margin. */}
      {hasContent(children, __DEV__ ? ['ArticleHighlight', 'children'] : undefined) && <div className={styles.body}>{children}</div>}
    </>
  );

  return (
    <article
      ref={ref}
      {...rootProps(rest, {
        className: cx(styles.root, styles.variant[layout], linked && styles.linked),
        locale,
        labelledBy: titleText && id,
      })}
    >
      {layout === 'teaser' ? (
        <>
          {illustration}
          <div className={styles.content}>{text}</div>
        </>
      ) : (
        text
      )}
    </article>
  );
});
