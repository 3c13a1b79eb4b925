import type { Locale } from '../i18n/locale.js';

export const han = /\p{Script=Han}/u;

export type NameScript = 'han' | 'latin' | 'other';

/** The script of the first letter or digit of a text: Han, Latin or other (also for text without one). */
export function nameScript(text: string): NameScript {
  const letter = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  return han.test(letter) ? 'han' : /\p{Script=Latin}/u.test(letter) ? 'latin' : 'other';
}

/**
 * The `lang` a name most likely has, from the script of its first letter: Han text follows the
 * component's Chinese script (Simplified on a zh-Hans component, Traditional otherwise), Latin text
 * is English; other scripts get undefined, because guessing a wrong language is worse than inheriting one.
 */
export function scriptLang(text: string, locale: Locale): string | undefined {
  const script = nameScript(text);
  return script === 'han' ? (locale === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant') : script === 'latin' ? 'en' : undefined;
}
