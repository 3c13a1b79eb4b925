import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, labelOverrides, linksToAnotherLanguage, locale, text } from '../../fixtures/schema.js';
import { locales } from '../../i18n/locale.js';
import type { LanguageSwitcherProps } from './LanguageSwitcher.js';
import { languageSwitcherDefinition as definition } from './LanguageSwitcher.definition.js';
import { docs } from './LanguageSwitcher.docs.js';

const byLanguage = (value: object) => ({ type: 'object', properties: Object.fromEntries(locales.map((language) => [language, value])), additionalProperties: false });

export const schema = contentSchema(
  definition,
  docs.description,
  {
    current: locale,
    links: { ...byLanguage(hrefUrl), minProperties: 1 },
    order: { type: 'array', items: locale },
    names: byLanguage(text),
    locale,
    labels: labelOverrides(definition),
  },
  ['links'],
  linksToAnotherLanguage('links', ['current', 'locale']),
);

const page = 'newsletter/2025/exchange-programme.html';
const links = { 'zh-Hant': `/tc/${page}`, 'zh-Hans': `/sc/${page}`, en: `/en/${page}` };

export const fixtures: Fixture<LanguageSwitcherProps>[] = [
  {
    name: 'language-switcher-en',
    description: 'On the English page: 繁體 and 简体 are links, English is current.',
    props: { locale: 'en', current: 'en', links },
  },
  {
    name: 'language-switcher-zh-hant',
    description: 'On the Traditional Chinese page, with English first and longer names.',
    props: { locale: 'zh-Hant', current: 'zh-Hant', links, order: ['en', 'zh-Hant', 'zh-Hans'], names: { 'zh-Hant': '繁體版', 'zh-Hans': '简体版' } },
  },
  {
    name: 'language-switcher-zh-hans-two',
    description: 'On the Simplified Chinese page of a site with no English version.',
    props: { locale: 'zh-Hans', current: 'zh-Hans', links: { 'zh-Hant': links['zh-Hant'] } },
  },
];
