import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { contentSchema, id, labelOverrides, locale, option } from '../../fixtures/schema.js';
import type { BackToTopProps } from './BackToTop.js';
import { backToTopDefinition as definition } from './BackToTop.definition.js';
import { docs } from './BackToTop.docs.js';

export const schema = contentSchema(definition, docs.description, {
  targetId: id,
  variant: option(definition, 'variant'),
  locale,
  labels: labelOverrides(definition),
});

export const fixtures: Fixture<BackToTopProps>[] = [
  ...inEachLanguage<BackToTopProps>('back-to-top', 'Inline link to #top, as in a footer', (locale) => ({ props: { locale } })),
  {
    name: 'back-to-top-zh-hant-floating',
    description: 'Traditional Chinese link that floats in the corner of a long article on wide screens.',
    props: { locale: 'zh-Hant', variant: 'floating' },
  },
  {
    name: 'back-to-top-zh-hans-label',
    description: 'Simplified Chinese link on a site that words it 返回顶部.',
    props: { locale: 'zh-Hans', labels: { backToTop: '返回顶部' } },
  },
];
