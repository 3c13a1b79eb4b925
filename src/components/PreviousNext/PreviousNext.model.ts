// What PreviousNext's macro (PreviousNext.njk) writes, decided by the rules PreviousNext.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { textOrUndefined } from '../../internal/text.js';
import { previousNextLabels } from './PreviousNext.definition.js';
import * as styles from './PreviousNext.css.js';
import type { NeighbourArticle, PreviousNextProps } from './PreviousNext.js';

/** One neighbour's link: its URL, direction label and title, with the hidden colon before the title; undefined without a safe URL. */
function link(article: unknown, which: 'previous' | 'next', locale: Locale, labels: unknown) {
  const { href, title }: Partial<NeighbourArticle> = typeof article === 'object' && article !== null ? article : {};
  const url = gatedUrl(href, hrefSchemes);
  const titleText = textOrUndefined(title);
  return (
    url && {
      which,
      href: url,
      direction: labelFor(locale, previousNextLabels, labels, which),
      // English puts a space between the hidden colon and the title, as a text of its own.
      title: titleText && { colon: locale === 'en' ? ':' : '：', space: locale === 'en', text: titleText },
    }
  );
}

/** The macro's model: the nav's root props (named by its label) and the neighbours' links. Undefined when neither has a safe URL. */
export function template({ previous, next, locale, labels }: PreviousNextProps) {
  const resolvedLocale = resolveLocale(locale);
  const links = [link(previous, 'previous', resolvedLocale, labels), link(next, 'next', resolvedLocale, labels)].flatMap((item) => (item ? [item] : []));
  return links.length
    ? { root: rootProps({}, { className: styles.root, locale, label: labelFor(resolvedLocale, previousNextLabels, labels, 'label') }), links }
    : undefined;
}
