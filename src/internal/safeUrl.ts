import { warnDev } from './devWarning.js';

/**
 * The schemes each kind of URL attribute keeps; relative and fragment URLs (no scheme) are always
 * kept. One pattern per attribute, so a component bundles only the ones it uses.
 */
export const hrefSchemes = /^(https?|mailto|tel):/i;
export const citeSchemes = /^https?:/i;
export const srcSchemes = /^(https?:|data:image\/[\w.+-]+[;,])/i;

// White space, controls and invisible format characters (zero-width, bidi marks). Browsers ignore
// some of them around and inside a URL, so none may hide a scheme from the check below; inside a
// kept URL they are percent-encoded.
const invisible = /[\s\p{Cc}\p{Cf}]/gu;

// `prop` is "Component `name`": warn as "[bauhinia-ui] Component: `name` ...".
const warnUrl = (prop: string, problem: string) => warnDev(prop.slice(0, prop.indexOf(' ')), `${prop.slice(prop.indexOf(' ') + 1)} ${problem}.`);

/**
 * The one gate for every URL a component writes into `href`, `src` or `cite`: keeps a URL whose
 * scheme `allowed` accepts (`hrefSchemes`: http(s), mailto, tel; `citeSchemes`: http(s);
 * `srcSchemes`: http(s) and `data:image/*`) and every relative or fragment URL. Drops everything
 * else, however it is disguised, and warns in development naming `prop` (e.g. "QuoteBlock `cite`").
 * Callers pass `prop` behind the same inline development check as every warning, as a ternary
 * (`check ? prop : undefined`): bundlers fold that to `undefined`, while `check && prop` leaves the
 * `typeof process` test behind. Production bundles carry no prop names either way.
 */
export function safeUrl(value: unknown, allowed: RegExp, prop: string | undefined): string | undefined {
  if (typeof value !== 'string') {
    if (value != null && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && prop) warnUrl(prop, 'must be a string URL; ignored a ' + typeof value);
    return undefined;
  }
  const probe = value.replace(invisible, '');
  if (probe && (allowed.test(probe) || !/^[a-z][a-z\d+.-]*:/i.test(probe))) {
    // Browsers drop tabs and newlines inside URLs and percent-encode spaces and invisible
    // characters; do the same here so the attribute is a valid URL too. Most URLs have none.
    return probe === value ? value : value.trim().replace(/[\t\n\r]/g, '').replace(invisible, encodeURIComponent);
  }
  if (probe && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && prop) warnUrl(prop, `URL dropped: scheme "${probe.split(':')[0]!.toLowerCase()}:" is not allowed here`);
  return undefined;
}
