import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, labelOverrides, locale, option, text } from '../../fixtures/schema.js';
import type { MastheadProps } from './Masthead.js';
import { mastheadDefinition as definition } from './Masthead.definition.js';
import { docs } from './Masthead.docs.js';

export const schema = contentSchema(definition, docs.description, {
  title: text,
  homeHref: hrefUrl,
  navigation: {
    type: 'array',
    // One current item at most: the component marks only the first.
    contains: { type: 'object', properties: { current: { const: true } }, required: ['current'] },
    minContains: 0,
    maxContains: 1,
    items: {
      type: 'object',
      properties: { label: text, href: hrefUrl, current: { type: 'boolean' } },
      required: ['label', 'href'],
      additionalProperties: false,
    },
  },
  collapseNavigation: option(definition, 'collapseNavigation'),
  locale,
  labels: labelOverrides(definition),
});

// A plainly fictional office: a masthead carries no real department's name or brand.
export const fixtures: Fixture<MastheadProps>[] = [
  {
    name: 'masthead-en',
    description: 'English site title linking home, with five navigation links behind a Menu on narrow screens; the current section is marked.',
    props: {
      locale: 'en',
      title: 'Example Exchange Office',
      homeHref: '/en/',
      navigation: [
        { label: 'About us', href: '/en/about/' },
        { label: 'Exchange programme', href: '/en/programme/', current: true },
        { label: 'Partner cities', href: '/en/partners/' },
        { label: 'News', href: '/en/news/' },
        { label: 'Contact us', href: '/en/contact/' },
      ],
    },
  },
  {
    name: 'masthead-zh-hant',
    description: 'Traditional Chinese site title and five navigation links (主選單), behind a 選單 disclosure on narrow screens.',
    props: {
      locale: 'zh-Hant',
      title: '示例交流辦公室',
      homeHref: '/tc/',
      navigation: [
        { label: '關於我們', href: '/tc/about/' },
        { label: '交流計劃', href: '/tc/programme/', current: true },
        { label: '合作城市', href: '/tc/partners/' },
        { label: '新聞', href: '/tc/news/' },
        { label: '聯絡我們', href: '/tc/contact/' },
      ],
    },
  },
  {
    name: 'masthead-zh-hans-never-collapse',
    description: 'Simplified Chinese site title and six navigation links that wrap on narrow screens instead of collapsing behind a Menu.',
    props: {
      locale: 'zh-Hans',
      title: '示例交流办公室',
      homeHref: '/sc/',
      collapseNavigation: 'never',
      navigation: [
        { label: '关于我们', href: '/sc/about/' },
        { label: '交流计划', href: '/sc/programme/' },
        { label: '合作城市', href: '/sc/partners/', current: true },
        { label: '通讯', href: '/sc/newsletter/' },
        { label: '新闻', href: '/sc/news/' },
        { label: '联络我们', href: '/sc/contact/' },
      ],
    },
  },
  {
    name: 'masthead-zh-hans-title-only',
    description: 'Simplified Chinese site title only: not a link, no navigation.',
    props: { locale: 'zh-Hans', title: '示例交流办公室' },
  },
];
