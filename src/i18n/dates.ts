import { isoDate } from '../internal/datePattern.js';
import type { Locale } from './locale.js';

// The time-zone rule that keeps server and browser output identical: a date-only value
// (`2024-12-02`) is a calendar date and shows as written; a value with a time is an instant and
// shows on its day in Hong Kong time. Neither depends on the machine's own zone. Hong Kong has kept
// UTC+8 with no daylight saving since 1979: an instant's day there is the UTC day of the instant
// plus eight hours.
const hongKongOffset = 8 * 3_600_000;
const dayMs = 86_400_000;

export interface ParsedDate {
  /** The instant, in milliseconds since the epoch (a calendar date: its UTC midnight). */
  time: number;
  /** True when the input named a calendar day with no time. */
  dateOnly: boolean;
  /** The value for `<time dateTime>`. */
  machine: string;
  /** Its calendar day under the time-zone rule above: the year, the month (0 to 11) and the day. */
  day: [year: number, month: number, day: number];
}

/** The calendar day of a time under the time-zone rule, as the time of its UTC midnight. */
const calendarDay = (time: number, dateOnly: boolean) => Math.floor((time + (dateOnly ? 0 : hongKongOffset)) / dayMs) * dayMs;

/** The year, month (0 to 11) and day of the month of a time, in UTC. */
function utcFields(time: number): ParsedDate['day'] {
  const date = new Date(time);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}

function parseIsoDate(text: string): ParsedDate | undefined {
  // The grammar checks that the day exists (no 30 February, no month 13, no year 0000).
  const match = isoDate.exec(text);
  if (!match) return undefined;
  const dateOnly = text.length === 10;
  // A date alone is its UTC midnight. A time without an offset is a wall-clock time: read it as
  // Hong Kong time like every other instant, never in the machine's zone.
  const time = Date.parse(dateOnly || match[1] ? text : `${text}+08:00`);
  return Number.isNaN(time) ? undefined : { time, dateOnly, machine: text, day: utcFields(calendarDay(time, dateOnly)) };
}

/** Parses an ISO 8601 string or a Date. Returns undefined for anything invalid; never throws. */
export function parseDate(value: unknown): ParsedDate | undefined {
  // A Date is read as its ISO string: an instant, with a time. Years past 9999 fail here as in text.
  const isValidDate = value instanceof Date && !Number.isNaN(value.getTime());
  return parseIsoDate(isValidDate ? value.toISOString() : typeof value === 'string' ? value.trim() : '');
}

// English month names; Chinese writes the month's number (7月).
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "14 July 2025", "2025年7月14日"; with `monthOnly`, "July 2025", "2025年7月": the long dates of Hong
 * Kong's English and Chinese pages (what Intl writes for en-GB, zh-Hant-HK and zh-Hans-CN), on the
 * calendar day of the time-zone rule above. Written by hand rather than with Intl.DateTimeFormat,
 * whose `format` was a tenth of a server render of a profile card with its period.
 */
export function formatDate(date: ParsedDate, locale: Locale, monthOnly?: boolean): string {
  const [year, month, day] = date.day;
  if (locale === 'en') return `${monthOnly ? '' : `${day} `}${monthNames[month]} ${year}`;
  return `${year}年${month + 1}月${monthOnly ? '' : `${day}日`}`;
}

/**
 * The time of an instant and its day, on Hong Kong's clock, as Hong Kong's pages write the time a
 * notice was issued: "9:10 am, 29 July 2025", "6:00 pm, …", "12 noon, …", "12 midnight, …";
 * 「2025年7月29日上午9時10分」, 「下午6時正」 on the hour, 「中午12時正」, 「午夜12時正」 (时 in Simplified
 * Chinese). Worked out from the instant plus eight hours, not by `Intl`, so the server's and the
 * browser's time-zone data cannot disagree; the day is `formatDate`'s, the same wall clock's.
 * A date without a time gives the date alone.
 */
export function formatDateTime(parsed: ParsedDate, locale: Locale): string {
  const day = formatDate(parsed, locale);
  if (parsed.dateOnly) return day;
  const wall = parsed.time + hongKongOffset;
  const minutes = Math.floor((((wall % dayMs) + dayMs) % dayMs) / 60_000);
  const [hour, minute] = [Math.floor(minutes / 60), minutes % 60];
  const h12 = hour % 12 || 12;
  // Exactly noon and exactly midnight have words of their own.
  const [noon, midnight] = [minutes === 720, minutes === 0];
  if (locale === 'en') {
    const time = noon ? '12 noon' : midnight ? '12 midnight' : `${h12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
    return `${time}, ${day}`;
  }
  const half = noon ? '中午' : midnight ? '午夜' : hour < 12 ? '上午' : '下午';
  return `${day}${half}${h12}${locale === 'zh-Hans' ? '时' : '時'}${minute ? `${minute}分` : '正'}`;
}

/** True when both dates fall in the same calendar month under the time-zone rule. */
export function sameMonth(a: ParsedDate, b: ParsedDate): boolean {
  return a.day[0] === b.day[0] && a.day[1] === b.day[1];
}

export type Duration = { unit: 'day' | 'week' | 'month'; count: number };

/**
 * The length of an inclusive period (start and end day both count), as a reader expects it: whole
 * months from one month up (rounded); below that, days ("10 days"), unless they are whole weeks
 * ("2 weeks") or four weeks and more ("4 weeks"). Undefined if end < start.
 */
export function periodDuration(start: ParsedDate, end: ParsedDate): Duration | undefined {
  const from = calendarDay(start.time, start.dateOnly);
  // The day after the period: the months are counted up to it.
  const after = calendarDay(end.time, end.dateOnly) + dayMs;
  const days = (after - from) / dayMs;
  if (!(days > 0)) return undefined;
  const [year, month, day] = start.day;
  const [afterYear, afterMonth, afterDay] = utcFields(after);
  const months = (afterYear - year) * 12 + afterMonth - month - (afterDay < day ? 1 : 0);
  if (months > 0) return { unit: 'month', count: months + (after - Date.UTC(year, month + months, day) >= 15 * dayMs ? 1 : 0) };
  return days % 7 === 0 || days >= 28 ? { unit: 'week', count: Math.round(days / 7) } : { unit: 'day', count: days };
}
