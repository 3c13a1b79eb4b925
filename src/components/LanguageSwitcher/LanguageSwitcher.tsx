import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type Locale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { languageNames, languageOrder, languageSwitcherLabels } from './LanguageSwitcher.definition.js';
import * as styles from './LanguageSwitcher.css.js';

/** The URL of the same page in each language. */
export type LanguageLinks = Partial<Record<Locale, string>>;

export interface LanguageSwitcherProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /**
   * The language of this page, shown but not linked. Any BCP 47 tag: `zh-HK` and `zh-TW` are
   * Traditional Chinese, `zh-CN` Simplified.
   * @default locale, else 'en'
   */
  current?: LocaleInput;
  /**
   * The same page in the other languages: `{ 'zh-Hant': '/tc/…', 'zh-Hans': '/sc/…', en: '/en/…' }`.
   * A language without a usable URL (missing, or a scheme other than http(s), mailto or tel) is
   * left out; the current language needs none. With no other language left, nothing is rendered.
   */
  links: LanguageLinks;
  /**
   * The order of the languages. Languages it leaves out follow in the default order; unknown
   * entries are ignored.
   * @default ['zh-Hant', 'zh-Hans', 'en']
   */
  order?: readonly Locale[];
  /**
   * Replaces the name of a language, e.g. `{ 'zh-Hant': '繁體版' }`. Write each name in its own
   * language: it is marked with that language's `lang`.
   * @default { 'zh-Hant': '繁體', 'zh-Hans': '简体', en: 'English' }
   */
  names?: Partial<Record<Locale, string>>;
  /**
   * The page language, for the navigation's accessible name ("Languages"). When given, the root
   * also carries `lang`.
   * @default current
   */
  locale?: LocaleInput;
  /** Replaces the built-in label (`languages`: the navigation's accessible name). */
  labels?: Partial<(typeof languageSwitcherLabels)['en']>;
}

/**
 * Renders a `<nav>` with one item per language, Hong Kong style: each named in its own script
 * (繁體 / 简体 / English) and marked with its `lang`; the page's own language is plain text. No JavaScript.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(function LanguageSwitcher(
  { current, links, order, names, locale, labels, ...rest },
  ref,
) {
  const currentLanguage = resolveLocale(current ?? locale);
  // The caller's order first (our three languages only), then the rest in the default order, each once.
  const requested = Array.isArray(order) ? order.filter((language) => languageOrder.includes(language)) : [];
  const shown = [...new Set<Locale>([...requested, ...languageOrder])].flatMap((language) => {
    const isCurrent = language === currentLanguage;
    // The current language needs no URL (one given is checked all the same); another one without a
    // usable URL is left out. Optional chaining reads wrong-typed `links` and `names` (null, a string) as empty.
    const given = gatedUrl((links as LanguageLinks | undefined)?.[language], hrefSchemes, __DEV__ ? ['LanguageSwitcher', `links.${language}`] : undefined);
    const url = isCurrent ? undefined : given;
    const name = textOrUndefined((names as LanguageLinks | undefined)?.[language], __DEV__ ? ['LanguageSwitcher', `names.${language}`] : undefined) ?? languageNames[language];
    return isCurrent || url ? [{ language, url, name }] : [];
  });

  if (shown.length < 2) {
    if (__DEV__) warnDev('LanguageSwitcher', `rendered nothing: \`links\` has no usable URL for a language other than the current one (${currentLanguage}).`);
    return null;
  }

  return (
    <nav ref={ref} {...rootProps(rest, { className: styles.root, locale, label: labelFor(resolveLocale(locale ?? current), languageSwitcherLabels, labels, 'languages') })}>
      <ul className={styles.list}>
        {shown.map(({ language, url, name }) =>
          url ? (
            <li key={language} className={styles.item}>
              <a className={cx(link, styles.link)} href={url} lang={language} hrefLang={language}>
                {name}
              </a>
            </li>
          ) : (
            <li key={language} className={cx(styles.item, styles.current)} lang={language} aria-current="true">
              {name}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
});
