import type { Locale } from '../i18n/locale.js';

/** True when the first letter or digit of the text is a Chinese character (陳小明, 「王」). */
export const startsHan = (text: string): boolean => /^[^\p{L}\p{N}]*\p{Script=Han}/u.test(text);

/**
 * The `lang` a name most likely has, from the script of its first letter: Han text follows the
 * component's Chinese script (Simplified on a zh-Hans component, Traditional otherwise), Latin text
 * is English; other scripts get undefined, because guessing a wrong language is worse than inheriting one.
 */
export function scriptLang(text: string, locale: Locale): string | undefined {
  return startsHan(text) ? (locale === 'zh-Hans' ? locale : 'zh-Hant') : /^[^\p{L}\p{N}]*\p{Script=Latin}/u.test(text) ? 'en' : undefined;
}
