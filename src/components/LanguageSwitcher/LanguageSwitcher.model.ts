// What LanguageSwitcher's macro (LanguageSwitcher.njk) writes, decided by the rules LanguageSwitcher.tsx
// uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { textOrUndefined } from '../../internal/text.js';
import { languageNames, languageOrder, languageSwitcherLabels } from './LanguageSwitcher.definition.js';
import * as styles from './LanguageSwitcher.css.js';
import type { LanguageLinks, LanguageSwitcherProps } from './LanguageSwitcher.js';

/** The macro's model: the root's props and the languages (each a link, or the current one); undefined with fewer than two. */
export function template({ current, links, order, names, locale, labels }: LanguageSwitcherProps) {
  const currentLanguage = resolveLocale(current ?? locale);
  // The caller's order first (our three languages only), then the rest in the default order, each once.
  const ordered = new Set<Locale>([...(Array.isArray(order) ? order.filter((language) => languageOrder.includes(language)) : []), ...languageOrder]);
  // Wrong-typed `links` and `names` (null, a string) read as empty.
  const given = (table: unknown, language: Locale) => (table as LanguageLinks | undefined)?.[language];
  // The current language needs no URL; another one without a usable URL is left out.
  const languages = [...ordered].flatMap((language) => {
    const isCurrent = language === currentLanguage;
    const url = isCurrent ? undefined : gatedUrl(given(links, language), hrefSchemes);
    return isCurrent || url ? [{ language, url, name: textOrUndefined(given(names, language)) ?? languageNames[language] }] : [];
  });
  if (languages.length < 2) return undefined;
  return {
    root: rootProps({}, { className: styles.root, locale, label: labelFor(resolveLocale(locale ?? current), languageSwitcherLabels, labels, 'languages') }),
    languages,
  };
}
