import { forwardRef, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { slot } from '../../internal/slot.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link as linkStyle } from '../../styles/base.css.js';
import { siteFooterLabels } from './SiteFooter.definition.js';
import * as styles from './SiteFooter.css.js';

const componentName = 'SiteFooter';
/** A footer link's classes: the kit's link look, then the footer's own. */
const linkClass = cx(linkStyle, styles.link);

/** One footer link. */
export interface SiteFooterLink {
  /** The link text. Links without a usable label or URL are left out. */
  label: string;
  /** Where it goes: http(s), mailto, tel or a relative URL; anything else is dropped with the link. */
  href: string;
}

/** A group of footer links, under an optional heading. */
export interface SiteFooterGroup {
  /** The group's heading, e.g. "About us". */
  heading?: string;
  links: readonly SiteFooterLink[];
}

export interface SiteFooterProps extends Omit<ComponentPropsWithoutRef<'footer'>, 'children'> {
  /**
   * The footer links, in groups. One group shows as a row of links; several stand in columns. For the
   * usual Hong Kong set, labelled in three languages, pass `standardFooterLinks({ privacy: '/privacy.html', … }, { locale })`.
   */
  groups?: readonly SiteFooterGroup[];
  /** Badges the site passes in, e.g. an accessibility recognition logo (`<img>` with its text alternative). */
  badges?: ReactNode;
  /** The copyright line, as the site writes it: "© 2025 Example Exchange Office". No owner is built in. */
  copyright?: string;
  /**
   * The page's last revision and review dates (修訂日期, 覆檢日期), shown beside the copyright line
   * and printed with it: `<RevisionDates revisionDate="2025-07-14" reviewDate="2025-07-31" locale="zh-Hant" />`.
   * A site that shows no dates leaves it out, and its pages carry no date code.
   */
  dates?: ReactNode;
  /** A back-to-top link (e.g. `<BackToTop>`), placed at the top of the footer. */
  backToTop?: ReactNode;
  /**
   * The level of the group headings, to fit the page outline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * Language of the built-in label. When given, the root also carries `lang`. Give `<RevisionDates>` and `standardFooterLinks` the same `locale`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in label: `navigation`, the name of the links' `<nav>`. */
  labels?: Partial<(typeof siteFooterLabels)['en']>;
}

/** A group's links as list items, leaving out those without a usable label or URL. */
function linkItems(links: unknown): ReactElement[] {
  return (Array.isArray(links) ? links : []).flatMap((item: unknown, index) => {
    const { label, href }: Partial<SiteFooterLink> = typeof item === 'object' && item !== null ? item : {};
    const text = textOrUndefined(label);
    const url = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'groups[].links[].href'] : undefined);
    return text && url
      ? [
          <li key={index}>
            <a className={linkClass} href={url}>
              {text}
            </a>
          </li>,
        ]
      : [];
  });
}

/**
 * Renders a `<footer>`; the links are a named `<nav>`. `standardFooterLinks` makes the usual set of
 * a Hong Kong government site, labelled in three languages. Links, badges and the back-to-top link
 * are left out of print; the copyright line and the dates are printed.
 */
export const SiteFooter = forwardRef<HTMLElement, SiteFooterProps>(function SiteFooter(
  { groups, badges, copyright, dates, backToTop, headingLevel, locale, labels, ...rest },
  ref,
) {
  const Heading = headingTag(headingLevel);
  const shownGroups = (Array.isArray(groups) ? groups : []).flatMap((entry: unknown, index) => {
    const { heading, links }: Partial<SiteFooterGroup> = typeof entry === 'object' && entry !== null ? entry : {};
    const items = linkItems(links);
    if (__DEV__ && Array.isArray(links) && items.length < links.length) {
      warnDev(componentName, `left out ${links.length - items.length} link(s) of groups[${index}] without a usable label or URL.`);
    }
    if (!items.length) return [];
    const headingText = textOrUndefined(heading, __DEV__ ? [componentName, 'groups[].heading'] : undefined);
    return [
      <div key={index} className={styles.group}>
        {headingText && <Heading className={styles.heading}>{headingText}</Heading>}
        <ul className={styles.list}>{items}</ul>
      </div>,
    ];
  });
  if (__DEV__ && Array.isArray(groups) && shownGroups.length < groups.length) warnDev(componentName, `left out ${groups.length - shownGroups.length} group(s) without links.`);
  if (__DEV__ && Array.isArray(groups) && !groups.length) warnDev(componentName, '`groups` is empty.');

  const copyrightText = textOrUndefined(copyright, __DEV__ ? [componentName, 'copyright'] : undefined);
  const datesNode = slot(dates, __DEV__ ? [componentName, 'dates'] : undefined);
  const badgesNode = slot(badges, __DEV__ ? [componentName, 'badges'] : undefined);
  const backToTopNode = slot(backToTop, __DEV__ ? [componentName, 'backToTop'] : undefined);
  const hasMeta = copyrightText || datesNode;
  if (!shownGroups.length && !hasMeta && !badgesNode && !backToTopNode) {
    if (__DEV__) warnDev(componentName, 'no links, badges, copyright or dates to show; rendered nothing.');
    return null;
  }

  return (
    <footer ref={ref} {...rootProps(rest, { className: cx(styles.root, shownGroups.length > 1 && styles.grouped), locale })}>
      {backToTopNode && <div className={styles.backToTop}>{backToTopNode}</div>}
      {shownGroups.length > 0 && (
        <nav className={styles.nav} aria-label={labelFor(resolveLocale(locale), siteFooterLabels, labels, 'navigation')}>
          {shownGroups}
        </nav>
      )}
      {badgesNode && <div className={styles.badges}>{badgesNode}</div>}
      {hasMeta && (
        <div className={styles.meta}>
          {copyrightText && <p className={styles.copyright}>{copyrightText}</p>}
          {datesNode}
        </div>
      )}
    </footer>
  );
});
