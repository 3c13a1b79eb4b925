import { isoDate } from '../internal/patterns.js';
import type { Locale } from './locale.js';

/**
 * The time-zone rule that keeps server and browser output identical: a date-only value
 * (`2024-12-02`) is a calendar date, shown as written; a value with a time is an instant, shown on
 * its calendar day in Hong Kong time. Neither depends on the machine's own time zone.
 */
export const instantTimeZone = 'Asia/Hong_Kong';

// Hong Kong has kept UTC+8 with no daylight saving since 1979: an instant's day there is the UTC
// day of the instant plus eight hours.
const hongKongOffset = 8 * 3_600_000;
const dayMs = 86_400_000;

export interface ParsedDate {
  /** The instant, in milliseconds since the epoch (a calendar date: its UTC midnight). */
  time: number;
  /** True when the input named a calendar day with no time. */
  dateOnly: boolean;
  /** The value for `<time dateTime>`. */
  machine: string;
}

const leapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 ? (leapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);

/** The UTC midnight of a calendar day; unlike `Date.UTC` alone, years 0-99 stay themselves. */
function utcMidnight(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function parseIsoDate(text: string): ParsedDate | undefined {
  const match = isoDate.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
  // No day 0, no month 13, no 30 February.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const dateOnly = !match[1];
  // A time without an offset is a wall-clock time: read it as Hong Kong time like every other
  // instant, never in the machine's zone.
  const time = dateOnly ? utcMidnight(year, month, day) : new Date(match[5] ? text : `${text}+08:00`).getTime();
  return Number.isNaN(time) ? undefined : { time, dateOnly, machine: text };
}

/** Parses an ISO 8601 string or a Date. Returns undefined for anything invalid; never throws. */
export function parseDate(value: unknown): ParsedDate | undefined {
  // A Date is read as its ISO string: an instant, with a time. Years past 9999 fail here as in text.
  const isValidDate = value instanceof Date && !Number.isNaN(value.getTime());
  return parseIsoDate(isValidDate ? value.toISOString() : typeof value === 'string' ? value.trim() : '');
}

/** The calendar day of a parsed date under the time-zone rule, as the time of its UTC midnight. */
const calendarDay = ({ time, dateOnly }: ParsedDate) => Math.floor((time + (dateOnly ? 0 : hongKongOffset)) / dayMs) * dayMs;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "14 July 2025", "2025年7月14日"; with `monthOnly`, "July 2025", "2025年7月": the long dates of
 * Hong Kong's English (en-GB style) and Chinese pages, the same in both scripts. Written out
 * rather than asked of `Intl`, so server and browser agree whatever their ICU data; a test holds
 * the output to `Intl.DateTimeFormat` for every day of several years.
 */
export function formatDate(date: ParsedDate, locale: Locale, monthOnly?: boolean): string {
  const day = new Date(calendarDay(date));
  const [year, month, dayOfMonth] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
  if (locale === 'en') return `${monthOnly ? '' : `${dayOfMonth} `}${monthNames[month]} ${year}`;
  return `${year}年${month + 1}月${monthOnly ? '' : `${dayOfMonth}日`}`;
}

/** True when both dates fall in the same calendar month under the time-zone rule. */
export function sameMonth(a: ParsedDate, b: ParsedDate): boolean {
  const [dayA, dayB] = [new Date(calendarDay(a)), new Date(calendarDay(b))];
  return dayA.getUTCFullYear() === dayB.getUTCFullYear() && dayA.getUTCMonth() === dayB.getUTCMonth();
}

export type Duration = { unit: 'day' | 'week' | 'month'; count: number };

/**
 * The length of an inclusive period (start and end day both count), rounded to what a reader
 * expects: whole months from one month up, else whole weeks, else days. Undefined if end < start.
 */
export function periodDuration(start: ParsedDate, end: ParsedDate): Duration | undefined {
  const from = new Date(calendarDay(start));
  const after = new Date(calendarDay(end) + dayMs);
  const days = (after.getTime() - from.getTime()) / dayMs;
  if (!(days > 0)) return undefined;
  const [year, month, day] = [from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()];
  const months = (after.getUTCFullYear() - year) * 12 + after.getUTCMonth() - month - (after.getUTCDate() < day ? 1 : 0);
  if (months > 0) return { unit: 'month', count: months + (after.getTime() - Date.UTC(year, month + months, day) >= 15 * dayMs ? 1 : 0) };
  return days >= 7 ? { unit: 'week', count: Math.round(days / 7) } : { unit: 'day', count: days };
}
