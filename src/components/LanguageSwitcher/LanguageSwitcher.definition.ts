import { labelTables, type ComponentDefinition } from '../definition.js';
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
  description: 'Links to the same page in the other languages, each named in its own language; the current one is shown, not linked.',
  parts: {
    list: 'The `<ul>` of languages.',
    item: 'One language: the `<li>`.',
    'item--current': 'The current language: plain text with `aria-current="true"`.',
    link: 'The link to another language.',
  },
  labels: { languageSwitcher: languageSwitcherLabels },
  tokens: {
    languageSwitcher: { divider: 'color.border.default' },
  },
} as const satisfies ComponentDefinition;
