// CityPartnerBadgeStrip's rules, once, for both renderers: the React component
// (CityPartnerBadgeStrip.tsx) and the Nunjucks macro (CityPartnerBadgeStrip.njk) render exactly what
// this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, scriptLang, validLanguageTag, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { partnerLabels } from './CityPartnerBadgeStrip.definition.js';
import * as styles from './CityPartnerBadgeStrip.css.js';

const componentName = 'CityPartnerBadgeStrip';

/** One partner city of a programme. */
export interface CityPartner {
  /** The city's name in the strip's language, e.g. "Shenzhen". Entries without a usable name are skipped. */
  name: string;
  /** The name in another script, shown beside `name`, e.g. "深圳". */
  localName?: string;
  /**
   * BCP 47 language of `localName`. When omitted: Han text is `zh-Hant` (or `zh-Hans` when the
   * strip's locale is Simplified Chinese), Latin text is `en`, anything else inherits.
   */
  localNameLang?: string;
  /** Makes the badge a link. Unsafe URLs (e.g. `javascript:`) are dropped and the badge stays plain text. */
  href?: string;
  /** Marks the partner of the current edition: filled badge, check mark and "Current partner" for screen readers. */
  current?: boolean;
  /** Region used when `groupByRegion` is on, e.g. "Greater Bay Area". */
  region?: string;
}

/** CityPartnerBadgeStrip's content props (it has no children). */
export interface CityPartnerBadgeStripContent {
  /** The partner cities, in display order. */
  partners: readonly CityPartner[];
  /**
   * The accessible name of the list (not shown on screen: give the page its own visible heading).
   * @default labels.label ("Partner cities" / "合作城市")
   */
  label?: string;
  /**
   * Language of the built-in labels and the default `lang` of Chinese local names. When given, the
   * root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Overrides for the built-in labels (`label`, `current`, `otherRegion`). */
  labels?: Partial<(typeof partnerLabels)['en']>;
  /**
   * Renders one labelled list per `region`, in order of first appearance; partners without a
   * region come last under `labels.otherRegion`. Ignored when no partner has a region.
   * @default false
   */
  groupByRegion?: boolean;
  /**
   * With `groupByRegion`, renders each group's visible label as a heading of this level. Without
   * it the group labels are plain text (still naming their lists).
   * @default undefined (no headings)
   */
  headingLevel?: HeadingLevel;
}

/**
 * The current partner's check mark: an 8-unit box, so the default stroke width of 1 draws a 2-unit
 * stroke at 16 units; stroke colour and caps come from CSS.
 */
export const checkMark = { viewBox: '0 0 8 8', d: 'M1.5 4.25 3.25 6M6.5 2.25 3.25 6' } as const;

/** One badge: its names, its link, whether it is the current partner, and the classes those give it. */
interface Badge {
  name: string;
  localName: { text: string; lang: string | undefined } | undefined;
  href: string | undefined;
  current: true | undefined;
  className: string;
}

/**
 * CityPartnerBadgeStrip's model, from its props (content and, for React, the root's DOM props);
 * undefined when no partner can be shown, so nothing renders. Which documented class each element
 * wears is the markup's own (CityPartnerBadgeStrip.css.ts); a class that depends on the props is
 * decided here.
 */
export function cityPartnerBadgeStripModel<Rest extends object>(
  { partners, label, locale, labels, groupByRegion, headingLevel, ...rest }: CityPartnerBadgeStripContent & Rest,
) {
  const resolvedLocale = resolveLocale(locale);
  const listLabel = textOrUndefined(label, __DEV__ ? [componentName, 'label'] : undefined) ?? labelFor(resolvedLocale, partnerLabels, labels, 'label');
  // The badges of each region in order of first appearance. '' holds the partners without a
  // region, and every partner when not grouping.
  const groups = new Map<string, Badge[]>();
  let shown = 0;

  if (Array.isArray(partners)) {
    for (const entry of partners as unknown[]) {
      // Wrong-typed entries (null, strings, functions) read as empty.
      const { name, localName, localNameLang, href, current, region }: Partial<CityPartner> = typeof entry === 'object' && entry !== null ? entry : {};
      const shownName = textOrUndefined(name);
      if (!shownName) continue;
      const shownLocalName = textOrUndefined(localName, __DEV__ ? [componentName, 'partners[].localName'] : undefined);
      const link = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'partners[].href'] : undefined);
      const isCurrent = current === true || undefined;
      const regionText = textOrUndefined(region, __DEV__ ? [componentName, 'partners[].region'] : undefined);
      const key = (groupByRegion && regionText) || '';
      // Appends in place (set returns the map); copying the group per partner would be quadratic.
      groups.set(key, groups.get(key) ?? []).get(key)!.push({
        name: shownName,
        localName: shownLocalName ? { text: shownLocalName, lang: validLanguageTag(localNameLang) ?? scriptLang(shownLocalName, resolvedLocale) } : undefined,
        href: link,
        current: isCurrent,
        className: cx(styles.badge, isCurrent && styles.current, link && styles.linkBadge),
      });
      shown++;
    }
  }

  if (!shown) {
    if (__DEV__) {
      warnDev(
        componentName,
        !Array.isArray(partners)
          ? `\`partners\` must be an array, got ${partners === null ? 'null' : typeof partners}; rendered nothing.`
          : partners.length
            ? `none of the ${partners.length} \`partners\` entries has a usable \`name\`; rendered nothing.`
            : '`partners` is empty; rendered nothing.',
      );
    }
    return undefined;
  }
  if (__DEV__ && partners.length > shown) {
    const skipped = partners.length - shown;
    warnDev(componentName, `skipped ${skipped} \`partners\` entr${skipped === 1 ? 'y' : 'ies'} without a usable \`name\`.`);
  }

  const withoutRegion = groups.get('');
  // Re-inserted, so that partners without a region come last.
  groups.delete('');
  const grouped = groups.size > 0;
  if (withoutRegion) groups.set('', withoutRegion);
  const otherRegion = labelFor(resolvedLocale, partnerLabels, labels, 'otherRegion');
  return {
    /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
    root: rootProps(rest, { className: cx(styles.root, grouped ? styles.grouped : styles.list), locale, label: listLabel }),
    /** Grouped: the root is a group of labelled lists, one per region; else the root is the one list. */
    grouped,
    /** The lists: each one's label (a region, or "Other partners") and its badges. */
    groups: [...groups].map(([region, badges]) => ({ label: region || otherRegion, badges })),
    /** The element of a group's visible label: a heading with `headingLevel`, else a `<p>`. */
    groupLabel: headingLevel == null ? ('p' as const) : headingTag(headingLevel, 3),
    /** What the current partner's badge says to screen readers. */
    currentLabel: labelFor(resolvedLocale, partnerLabels, labels, 'current'),
  };
}

/** The macro's model (the strip has no children), with the check mark's geometry. */
export function template(params: CityPartnerBadgeStripContent) {
  const model = cityPartnerBadgeStripModel(params);
  return model && { ...model, checkMark };
}
