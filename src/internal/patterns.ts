// Patterns shared by the components' checks and the published JSON Schemas, so both accept the
// same content. Plain regular expressions: no code runs when this module loads.

/**
 * The schemes each kind of URL attribute keeps; relative and fragment URLs (no scheme) are always
 * kept. One pattern per attribute, so a component bundles only the ones it uses.
 */
export const hrefSchemes = /^(https?|mailto|tel):/i;
export const citeSchemes = /^https?:/i;
export const srcSchemes = /^(https?:|data:image\/[\w.+-]+[;,])/i;
/**
 * A form's `action`: http(s) only. A `javascript:` action would run when the form is sent, and a
 * `mailto:` action hands the reader's answers to their mail program, which no site's form wants.
 */
export const actionSchemes = /^https?:/i;

/**
 * A form field's name, as the components write it into `name` (a search field, the feedback
 * answers, hidden fields): a letter or `_`, then up to 63 letters, digits and `_ . : -`. Plain names
 * every server framework reads as they are (no brackets, which some read as arrays, no spaces).
 */
export const formFieldName = /^[A-Za-z_][\w.:-]{0,63}$/;

/** A URL that starts with a scheme (anything else is relative). */
export const hasScheme = /^[a-z][a-z\d+.-]*:/i;

/**
 * One character that shows: not white space, a control or an invisible format character
 * (zero-width, bidi marks). Text made only of those names nothing. Written as `\p{…}` classes,
 * which need the `u` flag: JSON Schema's patterns are ECMA-262 regular expressions with it.
 */
export const visibleCharacter = '[^\\s\\p{Cc}\\p{Cf}]';
