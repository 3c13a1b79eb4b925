import { labelTables, type ComponentDefinition } from '../../contract/definition.js';
import type { Locale } from '../../i18n/locale.js';

export const languageSwitcherLabels = labelTables({
  en: { languages: 'Languages' },
  'zh-Hant': { languages: '語言' },
  'zh-Hans': { languages: '语言' },
});

/**
 * Each language named in its own script, as on Hong Kong government sites, whatever the page's
 * language: so a reader finds their own language even on a page they cannot read.
 */
export const languageNames: Readonly<Record<Locale, string>> = { 'zh-Hant': '繁體', 'zh-Hans': '简体', en: 'English' };

/** The default order, Hong Kong style: Traditional Chinese, Simplified Chinese, English. */
export const languageOrder: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];

export const languageSwitcherDefinition = {
  name: 'LanguageSwitcher',
  parts: ['list', 'item', 'item--current', 'link'],
  labels: { languageSwitcher: languageSwitcherLabels },
  tokens: {
    languageSwitcher: { divider: 'color.border.default' },
  },
} as const satisfies ComponentDefinition;
