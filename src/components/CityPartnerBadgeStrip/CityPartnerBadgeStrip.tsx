import { forwardRef, type HTMLAttributes, type ReactElement, type Ref } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, scriptLang, validLanguageTag, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { partnerLabels } from './CityPartnerBadgeStrip.definition.js';
import * as styles from './CityPartnerBadgeStrip.css.js';
import { checkMark } from './checkMark.js';

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

export interface CityPartnerBadgeStripProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
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
 * Renders a labelled list of pill badges, or with `groupByRegion` a group of labelled lists, one per
 * region. The current partner is filled, carries a check mark and is announced as current.
 */
export const CityPartnerBadgeStrip = forwardRef<HTMLElement, CityPartnerBadgeStripProps>(function CityPartnerBadgeStrip(
  { partners, label, locale, labels, groupByRegion, headingLevel, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const listLabel = textOrUndefined(label, __DEV__ ? ['CityPartnerBadgeStrip', 'label'] : undefined) ?? labelFor(resolvedLocale, partnerLabels, labels, 'label');
  const currentLabel = labelFor(resolvedLocale, partnerLabels, labels, 'current');
  // The badges of each region in order of first appearance. '' holds the partners without a
  // region, and every partner when not grouping.
  const groups = new Map<string, ReactElement[]>();

  if (Array.isArray(partners)) {
    partners.forEach((entry: unknown, index) => {
      // Wrong-typed entries (null, strings, functions) read as empty.
      const { name, localName, localNameLang, href, current, region }: Partial<CityPartner> = typeof entry === 'object' && entry !== null ? entry : {};
      const shownName = textOrUndefined(name);
      if (!shownName) return;
      const shownLocalName = textOrUndefined(localName, __DEV__ ? [componentName, 'partners[].localName'] : undefined);
      const link = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'partners[].href'] : undefined);
      const isCurrent = current === true || undefined;
      const regionText = textOrUndefined(region, __DEV__ ? [componentName, 'partners[].region'] : undefined);
      const key = (groupByRegion && regionText) || '';
      // A plain badge is the list item itself; a linked one is the link inside it.
      const Badge = (link ? 'a' : 'li') as 'a';
      const badge = (
        <Badge key={index} className={cx(styles.badge, isCurrent && styles.current, link && styles.linkBadge)} href={link} aria-current={isCurrent}>
          {shownLocalName || isCurrent ? (
            <>
              {isCurrent && (
                <svg className={styles.check} viewBox="0 0 8 8" width="1em" height="1em" aria-hidden>
                  <path d={checkMark} />
                </svg>
              )}
              {/* Beside other text the name is isolated, so a right-to-left override pasted into one
                  leaves the other in order. */}
              <bdi>{shownName}</bdi>
              {shownLocalName && ' '}
              {shownLocalName && (
                <bdi className={styles.localName} lang={validLanguageTag(localNameLang) ?? scriptLang(shownLocalName, resolvedLocale)}>
                  {shownLocalName}
                </bdi>
              )}
              {isCurrent && ' '}
              {isCurrent && <span className={visuallyHidden}>{currentLabel}</span>}
            </>
          ) : (
            // Alone, the name needs no element: the badge, an inline block, isolates it.
            shownName
          )}
        </Badge>
      );
      const item = link ? <li key={index}>{badge}</li> : badge;
      // Appends in place (set returns the map); copying the group per partner would be quadratic.
      groups.set(key, groups.get(key) ?? []).get(key)!.push(item);
    });
  }

  if (!groups.size) {
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
    return null;
  }
  if (__DEV__) {
    const skipped = partners.length - [...groups.values()].flat().length;
    if (skipped) warnDev(componentName, `skipped ${skipped} \`partners\` entr${skipped === 1 ? 'y' : 'ies'} without a usable \`name\`.`);
  }

  const withoutRegion = groups.get('');
  // Re-inserted, so that partners without a region come last.
  groups.delete('');
  const isGrouped = groups.size > 0;
  if (withoutRegion) groups.set('', withoutRegion);
  const otherRegion = labelFor(resolvedLocale, partnerLabels, labels, 'otherRegion');
  const GroupLabel = headingLevel == null ? 'p' : headingTag(headingLevel, 3);
  return isGrouped ? (
    <div ref={ref as Ref<HTMLDivElement>} role="group" {...rootProps(rest, { className: cx(styles.root, styles.grouped), locale, label: listLabel })}>
      {[...groups].map(([region, items], position) => (
        // Each list is named by the visible text of its group label; an id reference would need
        // ids that stay unique and match between server and browser, for the same name.
        <div key={position} className={styles.group}>
          <GroupLabel className={styles.groupLabel}>{region || otherRegion}</GroupLabel>
          <ul className={styles.list} aria-label={region || otherRegion}>
            {items}
          </ul>
        </div>
      ))}
    </div>
  ) : (
    <ul ref={ref as Ref<HTMLUListElement>} {...rootProps(rest, { className: cx(styles.root, styles.list), locale, label: listLabel })}>
      {withoutRegion}
    </ul>
  );
});
