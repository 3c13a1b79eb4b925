import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, hrefUrl, labelOverrides, languageTag, locale, text } from '../../fixtures/schema.js';
import type { CityPartnerBadgeStripProps } from './CityPartnerBadgeStrip.js';
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

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = exchangeProgramme;

export const fixtures: Fixture<CityPartnerBadgeStripProps>[] = [
  {
    name: 'partners-en',
    description: 'English strip: six cities with their Chinese names, the current partner marked.',
    props: { locale: 'en', label: en.partnersLabel, partners: en.partners.map(({ region: _region, ...partner }) => partner) },
  },
  {
    name: 'partners-zh-hant-grouped',
    description: 'Traditional Chinese strip grouped by region with h3 group headings.',
    props: { locale: 'zh-Hant', label: hant.partnersLabel, partners: hant.partners, groupByRegion: true, headingLevel: 3 },
  },
  {
    name: 'partners-zh-hans-links',
    description: 'Simplified Chinese strip where every badge links to the city page.',
    props: {
      locale: 'zh-Hans',
      label: hans.partnersLabel,
      partners: hans.partners.map(({ region: _region, ...partner }, index) => ({ ...partner, href: `/sc/partners/${index + 1}` })),
    },
  },
];
