/** The three languages Bauhinia UI ships labels and typography for. */
export const locales = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof locales)[number];

/** What a `locale` prop accepts: one of ours, or a BCP 47 tag such as `zh-HK`, `zh-TW`, `zh-CN`, `en-GB`. */
export type LocaleInput = Locale | (string & {});

/**
 * Maps any BCP 47 tag to a supported locale: an explicit script wins (`zh-Hant`, `zh-Hans`), then the
 * region (`CN`, `SG`, `MY` are Simplified), and bare `zh` is Traditional, as on Hong Kong sites.
 * Everything else, including malformed input, falls back to English.
 */
export function resolveLocale(input: unknown): Locale {
  const tag = typeof input === 'string' ? input.trim().replace(/_/g, '-') : '';
  // `(?![^-])` ends a subtag: the next character is a dash or nothing.
  return !/^zh(?![^-])/i.test(tag) ? 'en' : /-hans(?![^-])|^(?!.*-hant(?![^-])).*-(cn|sg|my)(?![^-])/i.test(tag) ? 'zh-Hans' : 'zh-Hant';
}

/** A caller's language tag in canonical form, or undefined when it is not valid BCP 47. */
export function validLanguageTag(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  // Our own three are canonical already, and they are what most callers pass.
  if ((locales as readonly string[]).includes(input)) return input;
  try {
    return Intl.getCanonicalLocales(input.trim())[0];
  } catch {
    return undefined; // not BCP 47
  }
}

/** The value for a `lang` attribute: the caller's tag in canonical form, or the resolved locale if the tag is not valid BCP 47. */
export const langAttribute = (input: unknown): string => validLanguageTag(input) ?? resolveLocale(input);
