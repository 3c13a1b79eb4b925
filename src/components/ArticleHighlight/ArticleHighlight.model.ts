// What ArticleHighlight's macro (ArticleHighlight.njk) writes, decided by the rules
// ArticleHighlight.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { formatDate, parseDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { pixels } from '../../internal/pixels.js';
import { gatedUrl, hrefSchemes, srcSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { articleHighlightVariants, articleLabels } from './ArticleHighlight.definition.js';
import * as styles from './ArticleHighlight.css.js';
import type { ArticleHighlightImage, ArticleHighlightProps } from './ArticleHighlight.js';

/** The macro's model: the body is the macro's children, by the fixture contract. */
export function template(
  { title, kicker, lead, date, image, href, headingLevel, variant, locale, labels, headingId }: ArticleHighlightProps,
  { content, id }: TemplateInput,
) {
  const resolvedLocale = resolveLocale(locale);
  const layout = optionValue(articleHighlightVariants, variant);
  const titleText = textOrUndefined(title);
  const safeHref = gatedUrl(href, hrefSchemes);
  const parsedDate = parseDate(date);
  const labelId = titleText && id('bh-article', headingId, titleText);
  // The image's URL and caption are checked in every variant; compact shows no image.
  const imageSrc = gatedUrl(image?.src, srcSchemes);
  const caption = textOrUndefined((image as ArticleHighlightImage | undefined)?.caption);
  return {
    root: rootProps({}, { className: cx(styles.root, styles.variant[layout], layout !== 'feature' && !!safeHref && styles.linked), locale, labelledBy: labelId }),
    content,
    /** Where the image goes: first in a teaser (the text in `content` beside it), after the date in a feature, nowhere in compact. */
    layout,
    kicker: textOrUndefined(kicker),
    title: titleText && { tag: headingTag(headingLevel), id: labelId, text: titleText, href: safeHref },
    lead: textOrUndefined(lead),
    /** The date: the words before it for screen readers ("Published "), and the `<time>`. */
    date: parsedDate && { label: `${labelFor(resolvedLocale, articleLabels, labels, 'published')} `, dateTime: parsedDate.machine, text: formatDate(parsedDate, resolvedLocale) },
    /** The image, with its caption when it has one (then it is a `<figure>`). */
    image: imageSrc && layout !== 'compact' && {
      src: imageSrc,
      alt: textOrUndefined(image!.alt) ?? '',
      width: pixels(image!.width),
      height: pixels(image!.height),
      loading: image!.loading === 'eager' ? 'eager' : 'lazy',
      caption,
    },
  };
}
