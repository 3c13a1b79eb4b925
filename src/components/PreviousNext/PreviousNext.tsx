import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type Locale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link, visuallyHidden } from '../../styles/base.css.js';
import { previousNextLabels } from './PreviousNext.definition.js';
import * as styles from './PreviousNext.css.js';

/** A neighbouring article: where it is, and its title. */
export interface NeighbourArticle {
  /** The article's URL. Unsafe URLs (e.g. `javascript:`) are dropped with the link. */
  href: string;
  /** The article's title, shown under "Previous article" / "Next article". */
  title?: string;
}

export interface PreviousNextProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** The previous article. Leave it out for the first article. */
  previous?: NeighbourArticle;
  /** The next article. Leave it out for the last article. */
  next?: NeighbourArticle;
  /**
   * Language of the built-in labels; when given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels ("Previous article", "Next article", and the `nav`'s name). */
  labels?: Partial<(typeof previousNextLabels)['en']>;
}

/** One neighbour's link, or nothing when its URL is missing or unsafe. */
function neighbour(article: unknown, which: 'previous' | 'next', locale: Locale, labels: unknown) {
  const { href, title }: Partial<NeighbourArticle> = typeof article === 'object' && article !== null ? article : {};
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? ['PreviousNext', `${which}.href`] : undefined);
  const titleText = textOrUndefined(title, __DEV__ ? ['PreviousNext', `${which}.title`] : undefined);
  if (__DEV__ && article != null && href == null) warnDev('PreviousNext', `\`${which}\` has no \`href\`; left out.`);
  return (
    url && (
      <a className={cx(link, styles.link, styles[which])} href={url}>
        <span className={styles.direction}>{labelFor(locale, previousNextLabels, labels, which)}</span>
        {/* "Previous article: title" to screen readers. The space is a text node of its own: layout
            drops a space at the end of the hidden colon's box. */}
        {titleText && <span className={visuallyHidden}>{locale === 'en' ? ':' : '：'}</span>}
        {titleText && locale === 'en' && ' '}
        {titleText && <span className={styles.title}>{titleText}</span>}
      </a>
    )
  );
}

/**
 * Renders a `<nav>` with a link for each neighbour that has a safe URL: its direction ("Previous
 * article") and its title. Nothing when neither has one.
 */
export const PreviousNext = forwardRef<HTMLElement, PreviousNextProps>(function PreviousNext({ previous, next, locale, labels, ...rest }, ref) {
  const resolvedLocale = resolveLocale(locale);
  const previousLink = neighbour(previous, 'previous', resolvedLocale, labels);
  const nextLink = neighbour(next, 'next', resolvedLocale, labels);
  if (!previousLink && !nextLink) {
    if (__DEV__) warnDev('PreviousNext', 'neither `previous` nor `next` has a safe URL; rendered nothing.');
    return null;
  }
  return (
    <nav ref={ref} {...rootProps(rest, { className: styles.root, locale, label: labelFor(resolvedLocale, previousNextLabels, labels, 'label') })}>
      {previousLink}
      {nextLink}
    </nav>
  );
});
