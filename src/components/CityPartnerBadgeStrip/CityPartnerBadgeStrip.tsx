import { forwardRef, type HTMLAttributes, type Ref } from 'react';
import { visuallyHidden } from '../../styles/base.css.js';
import { checkMark, cityPartnerBadgeStripModel, type CityPartnerBadgeStripContent } from './CityPartnerBadgeStrip.model.js';
import * as styles from './CityPartnerBadgeStrip.css.js';

export type { CityPartner } from './CityPartnerBadgeStrip.model.js';

export interface CityPartnerBadgeStripProps extends Omit<HTMLAttributes<HTMLElement>, 'children'>, CityPartnerBadgeStripContent {}

/**
 * Renders a labelled list of pill badges, or with `groupByRegion` a group of labelled lists, one per
 * region. The current partner is filled, carries a check mark and is announced as current.
 */
export const CityPartnerBadgeStrip = forwardRef<HTMLElement, CityPartnerBadgeStripProps>(function CityPartnerBadgeStrip(props, ref) {
  const model = cityPartnerBadgeStripModel(props);
  if (!model) return null;
  const { root, grouped, groups, groupLabel: GroupLabel, currentLabel } = model;

  const items = (badges: (typeof groups)[number]['badges']) =>
    badges.map(({ name, localName, href, current, className }, index) => {
      // A plain badge is the list item itself; a linked one is the link inside it.
      const Badge = (href ? 'a' : 'li') as 'a';
      const badge = (
        <Badge key={index} className={className} href={href} aria-current={current}>
          {current && (
            <svg className={styles.check} viewBox={checkMark.viewBox} width="1em" height="1em" aria-hidden>
              <path d={checkMark.d} />
            </svg>
          )}
          {/* Each name isolated, so a right-to-left override pasted into one leaves the other in order. */}
          <bdi>{name}</bdi>
          {localName && ' '}
          {localName && (
            <bdi className={styles.localName} lang={localName.lang}>
              {localName.text}
            </bdi>
          )}
          {current && ' '}
          {current && <span className={visuallyHidden}>{currentLabel}</span>}
        </Badge>
      );
      return href ? <li key={index}>{badge}</li> : badge;
    });

  return grouped ? (
    <div ref={ref as Ref<HTMLDivElement>} role="group" {...root}>
      {groups.map(({ label, badges }, position) => (
        // Each list is named by the visible text of its group label; an id reference would need
        // ids that stay unique and match between server and browser, for the same name.
        <div key={position} className={styles.group}>
          <GroupLabel className={styles.groupLabel}>{label}</GroupLabel>
          <ul className={styles.list} aria-label={label}>
            {items(badges)}
          </ul>
        </div>
      ))}
    </div>
  ) : (
    <ul ref={ref as Ref<HTMLUListElement>} {...root}>
      {items(groups[0]!.badges)}
    </ul>
  );
});
