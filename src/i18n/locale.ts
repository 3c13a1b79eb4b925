import { warnDev } from '../internal/devWarning.js';
import { startsHan } from '../internal/script.js';

/** The three languages Bauhinia UI ships labels and typography for. */
export const locales = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Locale = (typeof locales)[number];

/**
 * What a `locale` prop accepts: one of ours, a Hong Kong URL code (`tc`, `sc`, `en`), or a BCP 47
 * tag such as `zh-HK`, `zh-TW`, `zh-CN`, `en-GB`.
 */
export type LocaleInput = Locale | 'tc' | 'sc' | (string & {});

/**
 * Maps a `locale` prop to a supported locale: the Hong Kong URL codes `tc` and `sc` are Traditional
 * and Simplified Chinese; in a BCP 47 tag an explicit script wins (`zh-Hant`, `zh-Hans`), then the
 * region (`CN`, `SG`, `MY` are Simplified), and bare `zh` is Traditional, as on Hong Kong sites.
 * English tags are English. Anything else, including malformed input, falls back to English, with a
 * warning in development (once per value).
 */
export function resolveLocale(input: unknown): Locale {
  const tag = typeof input === 'string' ? input.trim() : '';
  // Chinese: a zh tag, or a Hong Kong URL code (`tc`, `sc`: only as the whole value, since `tc` is no
  // language and `sc` as a language tag would be Sardinian). Subtags are separated by `-`, or by `_`
  // as in `zh_HK`, read in place rather than replaced (every component resolves its locale on every
  // render); `(?![^-_])` ends a subtag: the next character is a separator or nothing.
  if (/^(zh(?![^-_])|[ts]c$)/i.test(tag)) return /^sc$|[-_]hans(?![^-_])|^(?!.*[-_]hant(?![^-_])).*[-_](cn|sg|my)(?![^-_])/i.test(tag) ? 'zh-Hans' : 'zh-Hant';
  if (__DEV__ && input != null && !/^en(?![^-_])/i.test(tag)) {
    warnDev('locale', `${typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : `${typeof input === 'object' ? 'an' : 'a'} ${typeof input}`} is not a language with built-in labels (en, zh-Hant, zh-Hans, or the Hong Kong URL codes tc and sc); used English.`);
  }
  return 'en';
}

/**
 * A caller's language tag in canonical form, or undefined when it is not valid BCP 47. A Hong Kong
 * URL code, which names no language, is the locale it stands for (`tc` gives `zh-Hant`).
 */
export function validLanguageTag(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const tag = input.trim();
  // Ours and the URL codes, most of what pages pass, need no check by Intl, which is not cheap
  // work: rootProps asks for every root with a locale (it was about 6% of a server render).
  if (/^(zh-han[st]|[ts]c|en)$/i.test(tag)) return resolveLocale(tag);
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not BCP 47
  }
}

/**
 * The value for a `lang` attribute from a `locale` prop: the caller's tag in canonical form (a Hong
 * Kong URL code as the locale it stands for), or the resolved locale if the tag is not valid BCP 47.
 * Always a valid BCP 47 tag.
 */
export function langAttribute(input: unknown): string {
  return validLanguageTag(input) ?? resolveLocale(input);
}

/**
 * The `lang` a name most likely has, from the script of its first letter: Han text follows the
 * component's Chinese script (Simplified on a zh-Hans component, Traditional otherwise), Latin text
 * is English; other scripts get undefined, because guessing a wrong language is worse than inheriting one.
 */
export function scriptLang(text: string, locale: Locale): string | undefined {
  return startsHan(text) ? (locale === 'zh-Hans' ? locale : 'zh-Hant') : /^[^\p{L}\p{N}]*\p{Script=Latin}/u.test(text) ? 'en' : undefined;
}
