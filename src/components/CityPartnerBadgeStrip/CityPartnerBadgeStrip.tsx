import { forwardRef, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { LabelCatalogue } from '../../i18n/labels.js';
import { labelsFor, partnerLabels } from '../../i18n/labels.js';
import { langAttribute, resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { hrefSchemes, safeUrl } from '../../internal/safeUrl.js';
import { stableId } from '../../internal/stableId.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import * as styles from './CityPartnerBadgeStrip.css.js';
import { groupPartnersByRegion, normalisePartners, type NormalisedPartner } from './partnerData.js';

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
  labels?: Partial<LabelCatalogue['partners']>;
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

function badgeItems(partners: readonly NormalisedPartner[], currentLabel: string): ReactNode {
  return partners.map((partner) => {
    const href = safeUrl(partner.href, hrefSchemes, `${componentName} \`partners[${partner.index}].href\``);
    const current = partner.current ? 'true' : undefined;
    const content = (
      <>
        {current && (
          <svg className={styles.checkMark} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
        <span className={styles.name}>{partner.name}</span>
        {partner.localName && (
          <>
            {' '}
            <span className={styles.localName} lang={partner.localNameLang}>
              {partner.localName}
            </span>
          </>
        )}
        {current && (
          <>
            {' '}
            <span className={visuallyHidden}>{currentLabel}</span>
          </>
        )}
      </>
    );
    const badgeClass = cx(styles.badge, current && styles.current);
    return (
      <li key={partner.index} className={styles.item} aria-current={href ? undefined : current}>
        {href ? (
          <a className={cx(badgeClass, styles.linkBadge)} href={href} aria-current={current}>
            {content}
          </a>
        ) : (
          <span className={badgeClass}>{content}</span>
        )}
      </li>
    );
  });
}

/**
 * The partner cities of a programme as a wrapping strip of pill badges, optionally grouped by
 * region. The current partner is filled, carries a check mark and is announced as current.
 */
export const CityPartnerBadgeStrip = forwardRef<HTMLElement, CityPartnerBadgeStripProps>(function CityPartnerBadgeStrip(
  { partners, label, locale, labels, groupByRegion = false, headingLevel, className, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const text = labelsFor(resolvedLocale, partnerLabels, labels);
  if (!Array.isArray(partners)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnDev(componentName, `\`partners\` must be an array, got ${partners === null ? 'null' : typeof partners}; rendered nothing.`);
    return null;
  }
  if (partners.length === 0) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnDev(componentName, '`partners` is empty; rendered nothing.');
    return null;
  }
  const normalised = normalisePartners(partners, resolvedLocale);
  if (normalised.partners.length === 0) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnDev(componentName, `none of the ${partners.length} \`partners\` entries has a usable \`name\`; rendered nothing.`);
    return null;
  }
  if (normalised.skipped > 0 && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnDev(componentName, `skipped ${normalised.skipped} \`partners\` entr${normalised.skipped === 1 ? 'y' : 'ies'} without a usable \`name\`.`);
  }

  const listLabel = textOrUndefined(label) ?? text.label;
  const lang = locale === undefined ? undefined : langAttribute(locale);
  const groups = groupByRegion && normalised.partners.some((p) => p.region !== undefined) ? groupPartnersByRegion(normalised.partners) : undefined;

  if (!groups) {
    return (
      <ul ref={ref as Ref<HTMLUListElement>} className={cx(styles.root, styles.list, className)} lang={lang} aria-label={listLabel} {...rest}>
        {badgeItems(normalised.partners, text.current)}
      </ul>
    );
  }

  const GroupLabel = headingLevel === undefined || headingLevel === null ? 'p' : headingTag(headingLevel, 3);
  const idBase = textOrUndefined(rest.id) ?? stableId('bh-partners', listLabel, ...normalised.partners.map((p) => `${p.region ?? ''}|${p.name}`));
  return (
    <div ref={ref as Ref<HTMLDivElement>} role="group" className={cx(styles.root, styles.groups, className)} lang={lang} aria-label={listLabel} {...rest}>
      {groups.map((group, position) => {
        const labelId = `${idBase}-group-${position}`;
        return (
          <div key={position} className={styles.group}>
            <GroupLabel id={labelId} className={styles.groupLabel}>
              {group.region ?? text.otherRegion}
            </GroupLabel>
            <ul className={styles.list} aria-labelledby={labelId}>
              {badgeItems(group.partners, text.current)}
            </ul>
          </div>
        );
      })}
    </div>
  );
});

CityPartnerBadgeStrip.displayName = 'CityPartnerBadgeStrip';
