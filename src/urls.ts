import { citeSchemes, gatedUrl, hrefSchemes, srcSchemes } from './internal/safeUrl.js';

/** The attributes a URL goes into, each with the schemes it may use. */
export type UrlAttribute = 'href' | 'src' | 'cite';

const schemesOf: Record<UrlAttribute, RegExp> = { href: hrefSchemes, src: srcSchemes, cite: citeSchemes };

/**
 * The URL gate every component uses, for code that writes URLs itself, such as a content system
 * that turns rich text into elements for `Prose`: the URL to write into `attribute`, or undefined
 * when it must be left out.
 *
 * - Kept: `href` with http, https, mailto or tel; `src` with http, https or `data:image/…`; `cite`
 *   with http or https; and in all three a relative or fragment URL (`/news/`, `../a`, `?p=2`, `#top`).
 * - `//host/…` and `/\host/…` are absolute, not relative: another host with the page's own scheme.
 *   They are kept, written as browsers read them (`//host/…`).
 * - Dropped: every other scheme, however disguised (`JaVa\tScRiPt:`, zero-width or bidi characters,
 *   leading control characters), and anything that is not a string. It never throws and never warns.
 * - Tabs and line breaks are removed and spaces and invisible characters percent-encoded, as browsers do.
 *
 * ```ts
 * safeUrl('javascript:alert(1)', 'href'); // undefined
 * safeUrl('/\\evil.example/x', 'href');   // '//evil.example/x'
 * safeUrl('data:image/png;base64,iVBORw0KGgo=', 'src'); // kept
 * ```
 */
export function safeUrl(value: unknown, attribute: UrlAttribute): string | undefined {
  const schemes = Object.hasOwn(schemesOf, attribute) ? schemesOf[attribute] : undefined;
  return schemes && gatedUrl(value, schemes);
}
