import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, headingLevel, hrefUrl, labelOverrides, languageTag, locale, text } from '../../fixtures/schema.js';
import type { CityPartner, CityPartnerBadgeStripProps } from './CityPartnerBadgeStrip.js';
import { cityPartnerBadgeStripDefinition as definition } from './CityPartnerBadgeStrip.definition.js';
import { docs } from './CityPartnerBadgeStrip.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    partners: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { name: text, localName: text, localNameLang: languageTag, href: hrefUrl, current: { type: 'boolean' }, region: text },
        required: ['name'],
        additionalProperties: false,
      },
    },
    label: text,
    locale,
    labels: labelOverrides(definition),
    groupByRegion: { type: 'boolean' },
    headingLevel,
  },
  ['partners'],
);

// The partner cities of the 2024 Civil Service Exchange Programme: five municipalities and
// provincial capitals, and Shenzhen of the Greater Bay Area, home of the participant this issue
// follows (the current partner). On the English strip each city has its Chinese name beside it.
const cities = [
  { en: 'Beijing', hant: '北京', hans: '北京' },
  { en: 'Shanghai', hant: '上海', hans: '上海' },
  { en: 'Chongqing', hant: '重慶', hans: '重庆' },
  { en: 'Wuhan', hant: '武漢', hans: '武汉' },
  { en: 'Hangzhou', hant: '杭州', hans: '杭州' },
  { en: 'Shenzhen', hant: '深圳', hans: '深圳', greaterBayArea: true },
];

const words: Record<Locale, { label: string; capitals: string; greaterBayArea: string }> = {
  en: { label: 'Partner cities of the 2024 programme', capitals: 'Municipalities and provincial capitals', greaterBayArea: 'Greater Bay Area' },
  'zh-Hant': { label: '2024年計劃的合作城市', capitals: '直轄市及省會城市', greaterBayArea: '大灣區' },
  'zh-Hans': { label: '2024年计划的合作城市', capitals: '直辖市及省会城市', greaterBayArea: '大湾区' },
};

const partnersIn = (locale: Locale): CityPartner[] =>
  cities.map((city) => ({
    name: locale === 'en' ? city.en : locale === 'zh-Hant' ? city.hant : city.hans,
    ...(locale === 'en' ? { localName: city.hant } : {}),
    region: city.greaterBayArea ? words[locale].greaterBayArea : words[locale].capitals,
    ...(city.greaterBayArea ? { current: true } : {}),
  }));

export const fixtures: Fixture<CityPartnerBadgeStripProps>[] = [
  ...inEachLanguage<CityPartnerBadgeStripProps>('partners', 'Six partner cities with their regions, the current partner marked', (locale) => ({
    props: { locale, label: words[locale].label, partners: partnersIn(locale) },
  })),
  {
    name: 'partners-zh-hant-grouped',
    description: 'Traditional Chinese strip grouped by region with h3 group headings.',
    props: { locale: 'zh-Hant', label: words['zh-Hant'].label, partners: partnersIn('zh-Hant'), groupByRegion: true, headingLevel: 3 },
  },
  {
    name: 'partners-zh-hans-links',
    description: 'Simplified Chinese strip where every badge links to the city page.',
    props: {
      locale: 'zh-Hans',
      label: words['zh-Hans'].label,
      partners: partnersIn('zh-Hans').map(({ region: _region, ...partner }, index) => ({ ...partner, href: `/sc/partners/${index + 1}` })),
    },
  },
];
