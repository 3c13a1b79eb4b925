import { warnDev } from './devWarning.js';
import { hasScheme } from './patterns.js';

export { actionSchemes, citeSchemes, hrefSchemes, srcSchemes } from './patterns.js';

// White space, controls and invisible format characters (zero-width, bidi marks). Browsers ignore
// some of them around and inside a URL, so none may hide a scheme from the check below; inside a
// kept URL they are percent-encoded.
const invisible = /[\s\p{Cc}\p{Cf}]/gu;

// Two slashes or more at the start, of either kind: browsers read `\` as `/` in http(s) URLs, so
// `//host`, `/\host` and `\\host` all name another host, with the page's own scheme.
const otherHost = /^[/\\]{2,}/;

/**
 * The one gate for every URL a component writes into `href`, `src`, `cite` or a form's `action`:
 * keeps a URL whose scheme `allowed` accepts (`hrefSchemes`: http(s), mailto, tel; `citeSchemes`
 * and `actionSchemes`: http(s); `srcSchemes`: http(s) and `data:image/*`) and every relative or
 * fragment URL. Drops everything else, however it is disguised. A URL that starts with two slashes (`//host`, `/\host`) is no
 * relative URL but an absolute one on another host with the page's scheme (http or https, allowed
 * everywhere): kept, and written as browsers read it (`//host`). In development it warns naming
 * `where`: the component and the prop, passed as `__DEV__ ? ['QuoteBlock', 'cite'] : undefined`
 * so production code carries neither.
 */
export function gatedUrl(value: unknown, allowed: RegExp, where?: readonly [component: string, prop: string]): string | undefined {
  if (typeof value !== 'string') {
    if (__DEV__ && where && value != null) warnDev(where[0], `\`${where[1]}\` must be a string URL; ignored ${typeof value === 'object' ? 'an' : 'a'} ${typeof value}.`);
    return undefined;
  }
  const probe = value.replace(invisible, '');
  if (probe && (allowed.test(probe) || !hasScheme.test(probe))) {
    // Browsers drop tabs and newlines inside URLs and percent-encode spaces and invisible
    // characters; do the same here so the attribute is a valid URL too. Most URLs have none.
    const url = probe === value ? value : value.trim().replace(/[\t\n\r]/g, '').replace(invisible, encodeURIComponent);
    return url.replace(otherHost, '//');
  }
  if (__DEV__ && where && probe) warnDev(where[0], `\`${where[1]}\` URL dropped: scheme "${probe.split(':')[0]!.toLowerCase()}:" is not allowed here.`);
  return undefined;
}
