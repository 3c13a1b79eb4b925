import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import type { Fixture } from '../../fixtures/fixture.js';
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

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = exchangeProgramme;

export const fixtures: Fixture<BreadcrumbsProps>[] = [
  {
    name: 'breadcrumbs-en',
    description: 'English trail from the home page to the feature, which is the current page.',
    props: {
      locale: 'en',
      items: [{ label: 'Home', href: '/en/' }, { label: 'Newsletter', href: '/en/newsletter/' }, { label: en.article.kicker, href: '/en/newsletter/highlights/' }, { label: en.article.title }],
    },
  },
  {
    name: 'breadcrumbs-zh-hant',
    description: 'Traditional Chinese trail; the issue has no page of its own, so its step is plain text.',
    props: {
      locale: 'zh-Hant',
      items: [{ label: '首頁', href: '/tc/' }, { label: '通訊', href: '/tc/newsletter/' }, { label: '2025年1月號' }, { label: hant.article.title }],
    },
  },
  {
    name: 'breadcrumbs-zh-hans-short',
    description: 'Simplified Chinese trail of two steps.',
    props: {
      locale: 'zh-Hans',
      items: [{ label: '首页', href: '/sc/' }, { label: hans.article.kicker }],
    },
  },
];
