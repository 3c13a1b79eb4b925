import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, locale, option, paragraphs } from '../../fixtures/schema.js';
import type { ProseProps } from './Prose.js';
import { proseDefinition as definition } from './Prose.definition.js';
import { docs } from './Prose.docs.js';

export const schema = contentSchema(definition, docs.description, { children: paragraphs, as: option(definition, 'as'), locale }, ['children']);

// The body of the newsletter feature, in our own words. A fixture holds text only; the stories show
// every element Prose styles.
export const fixtures: Fixture<ProseProps>[] = [
  {
    name: 'article-en',
    description: 'Three paragraphs of an English article, as an <article>.',
    props: { locale: 'en', as: 'article' },
    children: [
      'From early December 2024, thirty civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area joined HKSAR Government bureaux and departments.',
      'Each attachment lasted between four weeks and three months. The Constitutional and Mainland Affairs Bureau received a participant from Shenzhen, who spent three months in its Greater Bay Area Development Office.',
      'He came away with three impressions: the strength of Hong Kong’s research and technology, a financial centre looking for ways to serve the real economy, and a civil service that plans its work around people.',
    ],
  },
  {
    name: 'body-zh-hant',
    description: 'Two paragraphs in Traditional Chinese, in a <div>.',
    props: { locale: 'zh-Hant' },
    children: [
      '由2024年12月初起，三十位來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，加入特區政府不同的決策局及部門。',
      '每段交流為期四星期至三個月。政制及內地事務局接待了一位來自深圳的參加者，他在粵港澳大灣區發展辦公室工作了三個月。',
    ],
  },
  {
    name: 'section-zh-hans',
    description: 'One run of Simplified Chinese text, passed as a string, in a <section>.',
    props: { locale: 'zh-Hans', as: 'section' },
    children: '他总结了三点体会：香港的科研与创新实力、金融业如何更好地服务实体经济，以及以人为本的公务员队伍。',
  },
];
