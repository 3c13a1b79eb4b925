import { parseDate, periodDuration, sameMonth, type ParsedDate } from '../../i18n/dates.js';
import { durationLabels } from '../../i18n/labels.js';
import type { Locale } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';

const componentName = 'ParticipantProfileCard';

// Development only: every call is behind `__DEV__`, so production bundles drop it.
const warnInvalidDate = (prop: string, value: unknown) =>
  warnDev(componentName, `\`${prop}\` is not a valid ISO 8601 date (got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : typeof value}); it is not shown.`);

/**
 * The card's period, in pieces (text, and its dates as `time` writes them: a `<time>`), and its
 * length in words; either is undefined when it cannot be shown. With `warn` (the component's, in
 * development), says why something is not shown.
 */
export function periodFacts<Time>(
  period: unknown,
  locale: Locale,
  text: (key: 'periodFrom' | 'periodSeparator') => string,
  time: (date: ParsedDate) => Time,
  warn?: boolean,
): [period?: Array<string | Time>, duration?: string] {
  // Destructuring reads nothing from a wrong-typed period; only null and undefined need the fallback.
  const { start, end } = (period ?? {}) as { start?: unknown; end?: unknown };
  const startDate = parseDate(start);
  if (!startDate) {
    if (__DEV__ && warn && period != null) {
      if (typeof period === 'object') warnInvalidDate('period.start', start);
      else warnDev(componentName, '`period` must be an object `{ start, end? }`; it is not shown.');
    }
    return [];
  }
  if (end == null || end === '') {
    // `{start}` marks where the date goes; a template without it gets the date after a space.
    const [before, after] = text('periodFrom').split('{start}');
    return [after === undefined ? [`${before} `, time(startDate)] : [before!, time(startDate), after]];
  }
  const endDate = parseDate(end);
  if (!endDate) {
    if (__DEV__ && warn) warnInvalidDate('period.end', end);
    return [[time(startDate)]];
  }
  const duration = periodDuration(startDate, endDate);
  if (__DEV__ && warn && !duration) warnDev(componentName, '`period.end` is before `period.start`; the duration is not shown.');
  // A period within one month reads better as that month and its length than as "January to January".
  return [
    duration && sameMonth(startDate, endDate) ? [time(startDate)] : [time(startDate), text('periodSeparator'), time(endDate)],
    duration && durationLabels[locale](duration),
  ];
}
