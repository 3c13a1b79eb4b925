import { intlLocale, type Locale } from './locale.js';

/**
 * The time-zone rule that keeps server and browser output identical: a date-only value
 * (`2024-12-02`) is a calendar date and is formatted in UTC; a value with a time is an instant and
 * is formatted in Hong Kong time. Neither depends on the machine's own time zone.
 */
export const instantTimeZone = 'Asia/Hong_Kong';

export interface ParsedDate {
  date: Date;
  /** True when the input named a calendar day with no time. */
  dateOnly: boolean;
  /** The value for `<time dateTime>`. */
  machine: string;
}

const dateOnlyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time with a time and an optional offset; anything else is rejected rather than guessed.
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Parses an ISO 8601 string or a Date. Returns undefined for anything invalid; never throws. */
export function parseDate(value: unknown): ParsedDate | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : { date: value, dateOnly: false, machine: value.toISOString() };
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const day = dateOnlyPattern.exec(text);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const parsed = new Date(Date.UTC(year, month - 1, date));
    // Reject overflow such as 2025-02-30, which Date would roll into March.
    if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== date) return undefined;
    return { date: parsed, dateOnly: true, machine: text };
  }
  const dateTime = dateTimePattern.exec(text);
  if (!dateTime) return undefined;
  // Without an offset the value is a wall-clock time. Read it as Hong Kong time (UTC+8 all year, no
  // DST) like every other instant, never in the machine's own zone, so servers and browsers agree.
  const parsed = new Date(dateTime[3] === undefined ? `${text}+08:00` : text);
  return Number.isNaN(parsed.getTime()) ? undefined : { date: parsed, dateOnly: false, machine: text };
}

type DateStyle = 'day' | 'month';
// Building a formatter is slow next to rendering, and a page uses the same few again and again.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "14 July 2025", "2025年7月14日"; with `style: 'month'`, "July 2025", "2025年7月". */
export function formatDate(parsed: ParsedDate, locale: Locale, style: DateStyle = 'day'): string {
  const timeZone = parsed.dateOnly ? 'UTC' : instantTimeZone;
  const key = locale + style + timeZone;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { timeZone, year: 'numeric', month: 'long', day: style === 'day' ? 'numeric' : undefined });
    formatters.set(key, format);
  }
  return format.format(parsed.date);
}

const dayMs = 86_400_000;

/**
 * The calendar day of a parsed date under the same time-zone rule as `formatDate`, as the time of
 * its UTC midnight. Hong Kong has kept UTC+8 with no daylight saving since 1979, so an instant's
 * day there is the UTC day of the instant plus eight hours.
 */
const calendarDay = ({ date, dateOnly }: ParsedDate) => Math.floor((date.getTime() + (dateOnly ? 0 : 8 * 3_600_000)) / dayMs) * dayMs;

export type Duration = { unit: 'day' | 'week' | 'month'; count: number };

/**
 * The length of an inclusive period (start and end day both count), rounded to what a reader
 * expects: whole months from one month up, else whole weeks, else days. Undefined if end < start.
 */
export function periodDuration(start: ParsedDate, end: ParsedDate): Duration | undefined {
  const startDay = calendarDay(start);
  const dayAfterEnd = calendarDay(end) + dayMs;
  const days = (dayAfterEnd - startDay) / dayMs;
  if (!(days > 0)) return undefined;
  const a = new Date(startDay);
  const after = new Date(dayAfterEnd);
  let months = (after.getUTCFullYear() - a.getUTCFullYear()) * 12 + after.getUTCMonth() - a.getUTCMonth();
  if (after.getUTCDate() < a.getUTCDate()) months -= 1;
  if (months >= 1) {
    const remainder = (dayAfterEnd - Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + months, a.getUTCDate())) / dayMs;
    return { unit: 'month', count: months + (remainder >= 15 ? 1 : 0) };
  }
  if (days >= 7) return { unit: 'week', count: Math.round(days / 7) };
  return { unit: 'day', count: days };
}
