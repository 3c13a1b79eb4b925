// Patterns shared by the components' checks and the published JSON Schemas, so both accept the
// same content. Plain regular expressions: no code runs when this module loads.

/**
 * The schemes each kind of URL attribute keeps; relative and fragment URLs (no scheme) are always
 * kept. One pattern per attribute, so a component bundles only the ones it uses.
 */
export const hrefSchemes = /^(https?|mailto|tel):/i;
export const citeSchemes = /^https?:/i;
export const srcSchemes = /^(https?:|data:image\/[\w.+-]+[;,])/i;

/** A URL that starts with a scheme (anything else is relative). */
export const hasScheme = /^[a-z][a-z\d+.-]*:/i;

// The grammar of dates, written once: the components parse with it (src/i18n/dates.ts) and the
// published JSON Schemas check with it (src/fixtures/schema.ts), so content passes the schema
// exactly when the component shows its date. Plain regular expression syntax (no lookaround, no
// named groups, no `\p{…}`), so every draft 2020-12 validator reads it, with no `format` plugin.
const year = '(?:\\d{3}[1-9]|\\d{2}[1-9]\\d|\\d[1-9]\\d{2}|[1-9]\\d{3})'; // 0001-9999
const monthAndDay = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
// 29 February of a leap year: divisible by 4 but not by 100 (2024, 0004), or by 400 (2000; not 0000).
const leapDay = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29';
// Hours 00-23: Date reads 24:00 as the next midnight, which is no valid HTML time.
const time = 'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?';
// UTC, or an offset within the ±14:00 that time zones use.
const offset = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))';

/**
 * An ISO 8601 calendar date that exists (2024-02-29 yes, 2025-02-29 no; years 0001-9999),
 * optionally with a time and an offset: `2025-07-14`, `2025-07-14T09:30`, `2025-07-14T09:30:00+08:00`.
 */
export const isoDate = new RegExp(`^(?:${year}-${monthAndDay}|${leapDay})(?:${time}${offset}?)?$`);

/** The offset at the end of an ISO 8601 date and time that has one. */
export const isoOffset = new RegExp(`${offset}$`);

/**
 * One character that shows: not white space, a control or an invisible format character
 * (zero-width, bidi marks). Text made only of those names nothing. Written as `\p{…}` classes,
 * which need the `u` flag: JSON Schema's patterns are ECMA-262 regular expressions with it.
 */
export const visibleCharacter = '[^\\s\\p{Cc}\\p{Cf}]';
