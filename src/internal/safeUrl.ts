import { warnDev } from './devWarning.js';

export type UrlAttribute = 'href' | 'src' | 'cite';

// Browsers ignore C0 controls and spaces around a URL and tabs/newlines inside it; zero-width and
// bidi marks are stripped as well so they cannot hide a scheme from this check.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ignoredByParsers = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
const dataImage = /^data:image\/[a-z0-9.+-]+[;,]/i;

/**
 * The one gate for every URL a component writes into `href`, `src` or `cite`. Keeps http(s),
 * mailto and tel (http(s) only for `src`/`cite`), relative and fragment URLs, and `data:image/*` for
 * `src`. Drops everything else, however it is disguised, and warns in development naming the prop.
 */
export function safeUrl(value: unknown, attribute: UrlAttribute, component: string, prop: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnDev(component, `\`${prop}\` must be a string URL; ignored a ${typeof value}.`);
    return undefined;
  }
  const probe = value.replace(ignoredByParsers, '');
  if (probe === '') return undefined;
  const scheme = schemePattern.exec(probe)?.[1]?.toLowerCase();
  const allowed =
    scheme === undefined ||
    (attribute === 'href' ? /^(https?|mailto|tel)$/ : /^https?$/).test(scheme) ||
    (attribute === 'src' && dataImage.test(probe));
  if (!allowed) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') warnDev(component, `dropped unsafe \`${prop}\` URL with scheme "${scheme}:".`);
    return undefined;
  }
  // Browsers drop tabs and newlines inside URLs and percent-encode spaces and invisible
  // characters; do the same here so the attribute is a valid URL too.
  return value.trim().replace(/[\t\n\r]/g, '').replace(/[\s\p{Cc}\p{Cf}]/gu, encodeURIComponent);
}
