// ArticleHighlight's rules, once, for both renderers: the React component (ArticleHighlight.tsx)
// and the Nunjucks macro (ArticleHighlight.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { formatDate, parseDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { pixels } from '../../internal/pixels.js';
import { hrefSchemes, gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
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

/** ArticleHighlight's content props: everything but the body (`children`). */
export interface ArticleHighlightContent {
  /** The headline. Becomes the article's heading and its accessible name. */
  title: string;
  /** A short label shown above the title, e.g. "Highlights". Not part of the heading's name. */
  kicker?: string;
  /** One-sentence summary shown under the title. */
  lead?: string;
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
 * ArticleHighlight's model, from its props (content and, for React, the root's DOM props).
 * `hasBody`: whether the body (children) shows anything; `labelId`: the title's id, from
 * `headingId` and the title (React's `useLabelId`, or the macro's id source). Which documented
 * class each element wears is the markup's own (ArticleHighlight.css.ts).
 */
export function articleHighlightModel<Rest extends object>(
  { title, kicker, lead, date, image, href, headingLevel, variant, locale, labels, headingId, ...rest }: ArticleHighlightContent & Rest,
  hasBody: boolean,
  labelId: (given: unknown, title: string) => string,
) {
  const resolvedLocale = resolveLocale(locale);
  const layout = optionValue(articleHighlightVariants, variant);

  const titleText = textOrUndefined(title);
  if (__DEV__ && titleText === undefined) warnDev('ArticleHighlight', '`title` is required; rendering without a heading.');
  const safeHref = gatedUrl(href, hrefSchemes, __DEV__ ? ['ArticleHighlight', 'href'] : undefined);
  // In teaser and compact the title link's ::after makes the whole card its click area.
  const linked = layout !== 'feature' && !!safeHref;

  const parsedDate = parseDate(date);
  if (__DEV__ && parsedDate === undefined && date != null && date !== '') {
    warnDev('ArticleHighlight', '`date` is not a valid ISO 8601 string or Date; rendering without it.');
  }
  const id = titleText && labelId(headingId, titleText);

  // Checked in every variant, shown in two: compact shows no image. `image?.` is enough for a
  // wrong-typed image (a string, a number): it has no `src`.
  const imageSrc = gatedUrl(image?.src, srcSchemes, __DEV__ ? ['ArticleHighlight', 'image.src'] : undefined);
  const src = layout === 'compact' ? undefined : imageSrc;
  if (__DEV__ && image != null && image.src == null) warnDev('ArticleHighlight', '`image` has no `src`; rendering without it.');
  if (__DEV__ && imageSrc && typeof image!.alt !== 'string') {
    warnDev('ArticleHighlight', '`image.alt` is required; treating the image as decorative. Pass alt="" to say so.');
  }
  if (__DEV__ && src && layout === 'feature' && !(pixels(image!.width) && pixels(image!.height))) {
    warnDev('ArticleHighlight', `give \`image.width\` and \`image.height\` of ${JSON.stringify(src.slice(0, 60))}: without them the page shifts when the image loads.`);
  }
  // Checked in every variant, like the image's URL.
  const caption = textOrUndefined((image as ArticleHighlightImage | undefined)?.caption, __DEV__ ? ['ArticleHighlight', 'image.caption'] : undefined);

  return {
    /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
    root: rootProps(rest, { className: cx(styles.root, styles.variant[layout], linked && styles.linked), locale, labelledBy: id }),
    /** Where the image goes: first in a teaser (the text in `content` beside it), after the date in a feature, nowhere in compact. */
    layout,
    kicker: textOrUndefined(kicker, __DEV__ ? ['ArticleHighlight', 'kicker'] : undefined),
    /** The title heading: its tag and id (which labels the article), its text, its link. */
    title: titleText ? { tag: headingTag(headingLevel), id, text: titleText, href: safeHref } : undefined,
    lead: textOrUndefined(lead, __DEV__ ? ['ArticleHighlight', 'lead'] : undefined),
    /** The date: the words before it for screen readers ("Published "), and the `<time>`. */
    date: parsedDate && {
      label: `${labelFor(resolvedLocale, articleLabels, labels, 'published')} `,
      dateTime: parsedDate.machine,
      text: formatDate(parsedDate, resolvedLocale),
    },
    /** The image, with its caption when it has one (then it is a `<figure>`). */
    image: src
      ? {
          src,
          alt: textOrUndefined(image!.alt) ?? '',
          width: pixels(image!.width),
          height: pixels(image!.height),
          loading: image!.loading === 'eager' ? ('eager' as const) : ('lazy' as const),
          caption,
        }
      : undefined,
    /** Whether the body's `<div>` is there (an empty body would still add its margin). */
    body: hasBody,
  };
}

/** The macro's model: the body is the macro's children, by the fixture contract. */
export function template(params: ArticleHighlightContent, { content, id }: TemplateInput) {
  return { ...articleHighlightModel(params, content.present, (given, title) => id('bh-article', given, title)), content };
}
