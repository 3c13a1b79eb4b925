// What CityPartnerBadgeStrip's macro (CityPartnerBadgeStrip.njk) writes, decided by the rules
// CityPartnerBadgeStrip.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, scriptLang, validLanguageTag } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { partnerLabels } from './CityPartnerBadgeStrip.definition.js';
import * as styles from './CityPartnerBadgeStrip.css.js';
import type { CityPartner, CityPartnerBadgeStripProps } from './CityPartnerBadgeStrip.js';
import { checkMark } from './checkMark.js';

/** The macro's model (the strip has no children); undefined when no partner has a usable name. */
export function template({ partners, label, locale, labels, groupByRegion, headingLevel }: CityPartnerBadgeStripProps) {
  const resolvedLocale = resolveLocale(locale);
  // Each region's badges ('' for partners without one, and for all when not grouping).
  const groups = new Map<string, Array<{ name: string; localName?: { text: string; lang?: string }; href?: string; current: boolean; className: string }>>();
  for (const entry of Array.isArray(partners) ? (partners as unknown[]) : []) {
    // Wrong-typed entries (null, strings, functions) read as empty.
    const { name, localName, localNameLang, href, current, region }: Partial<CityPartner> = typeof entry === 'object' && entry !== null ? entry : {};
    const text = textOrUndefined(name);
    if (!text) continue;
    const local = textOrUndefined(localName);
    const link = gatedUrl(href, hrefSchemes);
    const key = (groupByRegion && textOrUndefined(region)) || '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({
      name: text,
      localName: local ? { text: local, lang: validLanguageTag(localNameLang) ?? scriptLang(local, resolvedLocale) } : undefined,
      href: link,
      current: current === true,
      className: cx(styles.badge, current === true && styles.current, link && styles.linkBadge),
    });
  }
  if (!groups.size) return undefined;
  const grouped = [...groups.keys()].some((region) => region !== '');
  const otherRegion = labelFor(resolvedLocale, partnerLabels, labels, 'otherRegion');
  return {
    root: rootProps({}, {
      className: cx(styles.root, grouped ? styles.grouped : styles.list),
      locale,
      label: textOrUndefined(label) ?? labelFor(resolvedLocale, partnerLabels, labels, 'label'),
    }),
    /** Grouped: the root is a group of labelled lists, one per region; else the root is the one list. */
    grouped,
    /** The lists, regions in order of first appearance and partners without one last: each one's label and badges. */
    groups: [...groups].sort(([a], [b]) => Number(!a) - Number(!b)).map(([region, badges]) => ({ label: region || otherRegion, badges })),
    /** The element of a group's visible label: a heading with `headingLevel`, else a `<p>`. */
    groupLabel: headingLevel == null ? 'p' : headingTag(headingLevel, 3),
    currentLabel: labelFor(resolvedLocale, partnerLabels, labels, 'current'),
    checkMark,
  };
}
