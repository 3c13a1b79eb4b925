/** The three languages Bauhinia UI ships labels and typography for. */
export const locales = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof locales)[number];

/** What a `locale` prop accepts: one of ours, or a BCP 47 tag such as `zh-HK`, `zh-TW`, `zh-CN`, `en-GB`. */
export type LocaleInput = Locale | (string & {});

const hansRegions = new Set(['cn', 'sg', 'my']);

/**
 * Maps any BCP 47 tag to a supported locale: an explicit script wins (`zh-Hant`, `zh-Hans`), then the
 * region (`CN`, `SG`, `MY` are Simplified), and bare `zh` is Traditional, as on Hong Kong sites.
 * Everything else, including malformed input, falls back to English.
 */
export function resolveLocale(input: unknown): Locale {
  if (typeof input !== 'string') return 'en';
  const parts = input.trim().toLowerCase().split(/[-_]/);
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hans')) return 'zh-Hans';
  if (parts.includes('hant')) return 'zh-Hant';
  return parts.some((p) => hansRegions.has(p)) ? 'zh-Hans' : 'zh-Hant';
}

/** A caller's language tag in canonical form, or undefined when it is not valid BCP 47. */
export function validLanguageTag(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(input.trim())[0];
  } catch {
    return undefined;
  }
}

/** The value for a `lang` attribute: the caller's tag in canonical form, or the resolved locale if the tag is not valid BCP 47. */
export function langAttribute(input: unknown): string {
  if (typeof input !== 'string') return resolveLocale(input);
  let lang = canonicalTags.get(input);
  if (lang === undefined) {
    lang = canonicalTag(input.trim()) ?? resolveLocale(input);
    // Bounded: the input may come from request data.
    if (canonicalTags.size >= 200) canonicalTags.clear();
    canonicalTags.set(input, lang);
  }
  return lang;
}

// Canonicalising is slow next to rendering, and a page passes the same few tags again and again.
const canonicalTags = new Map<string, string>();

function canonicalTag(tag: string): string | undefined {
  if (tag === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a valid tag
  }
}

/** The Intl locale used for dates and numbers in each supported locale (Hong Kong conventions first). */
export const intlLocale: Record<Locale, string> = {
  en: 'en-GB',
  'zh-Hant': 'zh-Hant-HK',
  'zh-Hans': 'zh-Hans-CN',
};
