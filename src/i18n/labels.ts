import type { Duration } from './dates.js';
import { hasVisibleText } from '../internal/text.js';
import type { Locale } from './locale.js';

/**
 * One label of a component (a key of its label tables) in one locale, or the caller's override
 * of it. A blank override would leave a control without a name, so the built-in label stays.
 */
export function labelFor<T extends object>(locale: Locale, tables: Record<Locale, T>, overrides: unknown, key: keyof T & string): string {
  const override = (overrides as Record<string, unknown> | null | undefined)?.[key];
  return hasVisibleText(override) ? override : (tables[locale][key] as string);
}

/** A length of time in words, shared by the components that show one: "3 months", 「3 個月」. */
export const durationLabels: Record<Locale, (duration: Duration) => string> = {
  en: ({ unit, count }) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  'zh-Hant': ({ unit, count }) => `${count} ${unit === 'month' ? '個月' : unit === 'week' ? '星期' : '天'}`,
  'zh-Hans': ({ unit, count }) => `${count} ${unit === 'month' ? '个月' : unit === 'week' ? '周' : '天'}`,
};
