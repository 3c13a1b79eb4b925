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

/**
 * An ISO 8601 calendar date, optionally with a time and an offset. Hours stop at 23: Date reads
 * 24:00 as the next midnight, which is no valid HTML time.
 */
export const isoDate = /^\d{4}-\d\d-\d\d(T([01]\d|2[0-3]):\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)?)?$/;
