// What RevisionDates' macro (RevisionDates.njk) writes, decided by the rules RevisionDates.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { formatDate, parseDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { revisionDateNames, revisionDatesLabels } from './RevisionDates.definition.js';
import * as styles from './RevisionDates.css.js';
import type { RevisionDatesProps } from './RevisionDates.js';

/** The macro's model: the root's props and the valid dates, each with its label, machine value and text; undefined with none. */
export function template({ revisionDate, reviewDate, locale, labels }: RevisionDatesProps) {
  const resolvedLocale = resolveLocale(locale);
  const given = { revisionDate, reviewDate };
  const dates = revisionDateNames.flatMap((name) => {
    const parsed = parseDate(given[name]);
    return parsed ? [{ label: labelFor(resolvedLocale, revisionDatesLabels, labels, name), machine: parsed.machine, text: formatDate(parsed, resolvedLocale) }] : [];
  });
  return dates.length ? { root: rootProps({}, { className: styles.root, locale }), dates } : undefined;
}
