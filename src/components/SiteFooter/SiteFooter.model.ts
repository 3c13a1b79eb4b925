// What SiteFooter's macro (SiteFooter.njk) writes, decided by the rules SiteFooter.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { templateSlot } from '../../contract/templateSlot.js';
import { siteFooterLabels } from './SiteFooter.definition.js';
import * as styles from './SiteFooter.css.js';
import type { SiteFooterGroup, SiteFooterLink, SiteFooterProps } from './SiteFooter.js';

/**
 * The macro's model: the root's props, the back-to-top link, the groups with their headings' tag
 * and the navigation's label, the badges and the meta row (copyright line, dates); undefined with
 * none of them. The slots (`backToTop`, `badges`, `dates`) hold other macros' output, as React's
 * hold elements.
 */
export function template({ groups, badges, copyright, dates, backToTop, headingLevel, locale, labels }: SiteFooterProps) {
  // The groups with links that have a usable label and URL, each with its heading when it shows
  // something; wrong-typed entries read as empty.
  const shown = (Array.isArray(groups) ? (groups as unknown[]) : []).flatMap((entry) => {
    const group: Partial<SiteFooterGroup> = typeof entry === 'object' && entry !== null ? entry : {};
    const links = (Array.isArray(group.links) ? (group.links as unknown[]) : []).flatMap((item) => {
      const link: Partial<SiteFooterLink> = typeof item === 'object' && item !== null ? item : {};
      const text = textOrUndefined(link.label);
      const url = gatedUrl(link.href, hrefSchemes);
      return text && url ? [{ text, url }] : [];
    });
    return links.length ? [{ heading: textOrUndefined(group.heading), links }] : [];
  });
  const copyrightText = textOrUndefined(copyright);
  const slots = { backToTop: templateSlot(backToTop), badges: templateSlot(badges), dates: templateSlot(dates) };
  const hasMeta = Boolean(copyrightText) || slots.dates !== undefined;
  if (!shown.length && !hasMeta && slots.badges === undefined && slots.backToTop === undefined) return undefined;
  return {
    root: rootProps({}, { className: cx(styles.root, shown.length > 1 && styles.grouped), locale }),
    ...slots,
    groups: shown,
    nav: shown.length ? { label: labelFor(resolveLocale(locale), siteFooterLabels, labels, 'navigation'), headingTag: headingTag(headingLevel) } : undefined,
    meta: hasMeta ? { copyright: copyrightText } : undefined,
  };
}
