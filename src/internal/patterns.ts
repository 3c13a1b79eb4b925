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
 * One character that shows: not white space, a control or an invisible format character
 * (zero-width, bidi marks). Text made only of those names nothing. Written as `\p{…}` classes,
 * which need the `u` flag: JSON Schema's patterns are ECMA-262 regular expressions with it.
 */
export const visibleCharacter = '[^\\s\\p{Cc}\\p{Cf}]';
