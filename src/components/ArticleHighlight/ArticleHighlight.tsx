import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formatDate, parseDate } from '../../i18n/dates.js';
import { articleLabels, labelFor, type LabelCatalogue } from '../../i18n/labels.js';
import { langAttribute, resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { hrefSchemes, safeUrl, srcSchemes } from '../../internal/safeUrl.js';
import { stableId, usableId } from '../../internal/stableId.js';
import { cx, hasContent, textOrUndefined } from '../../internal/text.js';
import { link, visuallyHidden } from '../../styles/base.css.js';
import * as styles from './ArticleHighlight.css.js';

/** The layouts an ArticleHighlight can take. */
export const articleHighlightVariants = ['feature', 'teaser', 'compact'] as const;
export type ArticleHighlightVariant = (typeof articleHighlightVariants)[number];

export interface ArticleHighlightImage {
  /** Image URL: http(s), relative, or `data:image/*`. Anything else is dropped with the image. */
  src: string;
  /** Text alternative. Required; pass `''` only when the image is purely decorative. */
  alt: string;
  /** Visible caption; when given, the image is wrapped in `<figure>` with a `<figcaption>`. */
  caption?: string;
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
  labels?: Partial<LabelCatalogue['article']>;
  /**
   * The heading's id. By default a deterministic id made from the title and date; pass one when
   * the same article appears twice on a page.
   */
  headingId?: string;
}

/** A newsletter feature or teaser: kicker, linked title, date, lead, image and body. */
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
    className,
    ...rest
  },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const layout = articleHighlightVariants.includes(variant as ArticleHighlightVariant) ? (variant as ArticleHighlightVariant) : 'feature';
  const Heading = headingTag(headingLevel);

  const titleText = textOrUndefined(title);
  if (titleText === undefined && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnDev('ArticleHighlight', '`title` is required; rendering without a heading.');
  const kickerText = textOrUndefined(kicker);
  const leadText = textOrUndefined(lead);
  const safeHref = safeUrl(href, hrefSchemes, typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? 'ArticleHighlight `href`' : undefined);
  // In teaser and compact the title link's ::after makes the whole card its click area.
  const stretchedLink = layout !== 'feature' && !!safeHref;

  const parsedDate = parseDate(date);
  if (parsedDate === undefined && date != null && date !== '' && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnDev('ArticleHighlight', '`date` is not a valid ISO 8601 string or Date; rendering without it.');
  }
  const id = usableId(headingId) ?? stableId('bh-article', titleText, parsedDate?.machine);

  // Built for every variant and placed in two (compact shows no image). `image?.` is enough for a
  // wrong-typed image (a string, a number): it has no `src`.
  const src = safeUrl(image?.src, srcSchemes, typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? 'ArticleHighlight `image.src`' : undefined);
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && src && typeof image!.alt !== 'string') {
    warnDev('ArticleHighlight', '`image.alt` is required; treating the image as decorative. Pass alt="" to say so.');
  }
  const caption = textOrUndefined(image?.caption);
  // A figure only when there is a caption to name it.
  const Wrapper = caption ? 'figure' : 'div';
  const illustration = !!src && (
    <Wrapper className={styles.media}>
      <img src={src} alt={textOrUndefined(image!.alt) ?? ''} loading="lazy" decoding="async" />
      {caption && <figcaption>{caption}</figcaption>}
    </Wrapper>
  );

  return (
    <article
      {...rest}
      ref={ref}
      className={cx(styles.root, styles.rootVariant[layout], stretchedLink && styles.clickableCard, className)}
      aria-labelledby={rest['aria-labelledby'] ?? (titleText && id)}
      lang={locale === undefined ? rest.lang : langAttribute(locale)}
    >
      <div>
        {layout === 'teaser' && illustration}
        <div className={styles.content[layout]}>
          {kickerText && <p className={styles.kicker}>{kickerText}</p>}
          {titleText && (
            <Heading id={id} className={styles.title}>
              {safeHref ? <a className={stretchedLink ? styles.stretchedLink : link} href={safeHref}>{titleText}</a> : titleText}
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
          {hasContent(children) && <div className={styles.body}>{children}</div>}
        </div>
      </div>
    </article>
  );
});

