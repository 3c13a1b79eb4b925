import { warnDev } from './devWarning.js';

export type UrlAttribute = 'href' | 'src' | 'cite';

// White space, controls and invisible format characters (zero-width, bidi marks). Browsers ignore
// some of them around and inside a URL, so none may hide a scheme from the check below; inside a
// kept URL they are percent-encoded.
const invisible = /[\s\p{Cc}\p{Cf}]/gu;

// `prop` is "Component `name`": warn as "[bauhinia-ui] Component: `name` ...".
const warnUrl = (prop: string, problem: string) => warnDev(prop.slice(0, prop.indexOf(' ')), `${prop.slice(prop.indexOf(' ') + 1)} ${problem}.`);

/**
 * The one gate for every URL a component writes into `href`, `src` or `cite`. Keeps http(s),
 * mailto and tel (http(s) only for `src`/`cite`), relative and fragment URLs, and `data:image/*` for
 * `src`. Drops everything else, however it is disguised, and warns in development naming `prop`
 * (e.g. "QuoteBlock `cite`").
 */
export function safeUrl(value: unknown, attribute: UrlAttribute, prop: string): string | undefined {
  if (typeof value !== 'string') {
    if (value != null && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnUrl(prop, 'must be a string URL; ignored a ' + typeof value);
    return undefined;
  }
  const probe = value.replace(invisible, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(probe)?.[1]!.toLowerCase();
  if (
    probe &&
    (!scheme ||
      /^https?$/.test(scheme) ||
      (attribute === 'href' ? /^(mailto|tel)$/.test(scheme) : attribute === 'src' && /^data:image\/[\w.+-]+[;,]/i.test(probe)))
  ) {
    // Browsers drop tabs and newlines inside URLs and percent-encode spaces and invisible
    // characters; do the same here so the attribute is a valid URL too.
    return value.trim().replace(/[\t\n\r]/g, '').replace(invisible, encodeURIComponent);
  }
  if (probe && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnUrl(prop, `URL dropped: scheme "${scheme}:" is not allowed here`);
  return undefined;
}
