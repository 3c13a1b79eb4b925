import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, hrefUrl, labelOverrides, locale, text } from '../../fixtures/schema.js';
import type { BreadcrumbsProps } from './Breadcrumbs.js';
import { breadcrumbsDefinition as definition } from './Breadcrumbs.definition.js';
import { docs } from './Breadcrumbs.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    items: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { label: text, href: hrefUrl }, required: ['label'], additionalProperties: false },
    },
    locale,
    labels: labelOverrides(definition),
  },
  ['items'],
);

// The trail of a newsletter feature on a Hong Kong government site, in each language.
const steps: Record<Locale, { prefix: string; home: string; newsletter: string; highlights: string; issue: string; title: string }> = {
  en: { prefix: '/en', home: 'Home', newsletter: 'Newsletter', highlights: 'Highlights', issue: 'January 2025 issue', title: 'A winter inside Hong Kong’s bureaux' },
  'zh-Hant': { prefix: '/tc', home: '首頁', newsletter: '通訊', highlights: '精選', issue: '2025年1月號', title: '在香港政府部門過冬' },
  'zh-Hans': { prefix: '/sc', home: '首页', newsletter: '通讯', highlights: '精选', issue: '2025年1月号', title: '在香港政府部门过冬' },
};

export const fixtures: Fixture<BreadcrumbsProps>[] = [
  ...inEachLanguage<BreadcrumbsProps>('breadcrumbs', 'Trail from the home page to the feature, which is the current page', (locale) => {
    const { prefix, home, newsletter, highlights, title } = steps[locale];
    return {
      props: {
        locale,
        items: [
          { label: home, href: `${prefix}/` },
          { label: newsletter, href: `${prefix}/newsletter/` },
          { label: highlights, href: `${prefix}/newsletter/highlights/` },
          { label: title },
        ],
      },
    };
  }),
  {
    name: 'issue-zh-hant',
    description: 'Traditional Chinese trail; the issue has no page of its own, so its step is plain text.',
    props: {
      locale: 'zh-Hant',
      items: [{ label: steps['zh-Hant'].home, href: '/tc/' }, { label: steps['zh-Hant'].newsletter, href: '/tc/newsletter/' }, { label: steps['zh-Hant'].issue }, { label: steps['zh-Hant'].title }],
    },
  },
  {
    name: 'breadcrumbs-zh-hans-short',
    description: 'Simplified Chinese trail of two steps.',
    props: { locale: 'zh-Hans', items: [{ label: steps['zh-Hans'].home, href: '/sc/' }, { label: steps['zh-Hans'].highlights }] },
  },
  {
    name: 'long-trail-en',
    description: 'English trail of eight steps, deep in a bureau’s pages: it wraps onto as many lines as it needs.',
    props: {
      locale: 'en',
      items: [
        { label: 'Home', href: '/en/' },
        { label: 'About us', href: '/en/about/' },
        { label: 'Bureaux and departments', href: '/en/about/bureaux/' },
        { label: 'Constitutional and Mainland Affairs Bureau', href: '/en/about/bureaux/cmab/' },
        { label: 'Greater Bay Area Development Office', href: '/en/about/bureaux/cmab/gba/' },
        { label: 'Programmes', href: '/en/about/bureaux/cmab/gba/programmes/' },
        { label: 'Civil Service Exchange Programme', href: '/en/about/bureaux/cmab/gba/programmes/exchange/' },
        { label: '2024 participants' },
      ],
    },
  },
];
