export { locales, resolveLocale, langAttribute, validLanguageTag } from './locale.js';
export type { Locale, LocaleInput } from './locale.js';
export { parseDate, formatDate, periodDuration, sameMonth } from './dates.js';
export type { ParsedDate, Duration } from './dates.js';
export { labelFor, durationLabels } from './labels.js';
