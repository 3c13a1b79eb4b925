import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { formatDate, parseDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { revisionDateNames, revisionDatesLabels } from './RevisionDates.definition.js';
import * as styles from './RevisionDates.css.js';

const componentName = 'RevisionDates';

export interface RevisionDatesProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  /**
   * The page's last revision date (修訂日期): when its content last changed. An ISO 8601 date
   * (`2025-07-14`), an instant (`2025-07-14T09:30:00+08:00`, shown on its day in Hong Kong), or a
   * Date. Written in the page's language; an invalid date is left out.
   */
  revisionDate?: string | Date;
  /** The page's review date (覆檢日期): when it was last checked, even without a change. Like `revisionDate`. */
  reviewDate?: string | Date;
  /**
   * Language of the labels and of the dates. When given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in labels: `revisionDate`, `reviewDate`. */
  labels?: Partial<(typeof revisionDatesLabels)['en']>;
}

/**
 * Renders the dates as Hong Kong government pages show them at their foot: a description list of
 * labels and `<time>` values in the page's language. With no valid date it renders nothing. Printed
 * with the page.
 */
export const RevisionDates = forwardRef<HTMLDListElement, RevisionDatesProps>(function RevisionDates({ revisionDate, reviewDate, locale, labels, ...rest }, ref) {
  const resolvedLocale = resolveLocale(locale);
  const given = { revisionDate, reviewDate };
  const dates = revisionDateNames.flatMap((name) => {
    const value: unknown = given[name];
    const parsed = parseDate(value);
    if (__DEV__ && !parsed && value != null && value !== '') warnDev(componentName, `\`${name}\` is not a valid ISO 8601 date or Date; left out.`);
    return parsed
      ? [
          <div key={name} className={styles.date}>
            <dt className={styles.label}>{labelFor(resolvedLocale, revisionDatesLabels, labels, name)}</dt>
            <dd>
              <time dateTime={parsed.machine}>{formatDate(parsed, resolvedLocale)}</time>
            </dd>
          </div>,
        ]
      : [];
  });
  if (!dates.length) {
    if (__DEV__) warnDev(componentName, 'no valid `revisionDate` or `reviewDate` to show; rendered nothing.');
    return null;
  }
  return (
    <dl ref={ref} {...rootProps(rest, { className: styles.root, locale })}>
      {dates}
    </dl>
  );
});
