// The grammar of dates, written once and in a module of its own, so that only code that reads
// dates carries it: the components parse with it (src/i18n/dates.ts) and the published JSON
// Schemas check with it (src/fixtures/schema.ts), so content passes the schema exactly when the
// component shows its date. Plain regular expression syntax (no lookaround, no named groups, no
// `\p{…}`), so every draft 2020-12 validator reads it, with no `format` plugin. One literal, part
// by part:
//   year        \d{3}[1-9]|\d\d[1-9]\d|\d[1-9]\d\d|[1-9]\d{3}        0001-9999, not 0000
//   month-day   (0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])                   1-28 in every month
//               (0[13-9]|1[0-2])-(29|30)                              29-30 but in February
//               (0[13578]|1[02])-31                                   31 in the long months
//   leap day    YY04..YY96 (not YY00), or 0400..9600 (not 0000), then -02-29
//   time        T hh:mm, :ss and .fraction optional; hours 00-23 (Date reads 24:00 as the next day)
//   offset      Z or ±hh:mm within ±14:00, the one capture group; none: Hong Kong time

/**
 * An ISO 8601 calendar date that exists (2024-02-29 yes, 2025-02-29 no; years 0001-9999),
 * optionally with a time and an offset: `2025-07-14`, `2025-07-14T09:30`, `2025-07-14T09:30:00+08:00`.
 * Its one capture group is the offset.
 */
export const isoDate =
  /^(?:(?:\d{3}[1-9]|\d\d[1-9]\d|\d[1-9]\d\d|[1-9]\d{3})-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?)?$/;
