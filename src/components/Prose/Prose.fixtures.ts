import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, locale, option, paragraphs } from '../../fixtures/schema.js';
import type { ProseProps } from './Prose.js';
import { proseDefinition as definition } from './Prose.definition.js';
import { docs } from './Prose.docs.js';

export const schema = contentSchema(definition, docs.description, { children: paragraphs, as: option(definition, 'as'), locale }, ['children']);

// The 2024 Civil Service Exchange Programme in three short paragraphs, in each language. A fixture
// holds text only; the stories show every element Prose styles.
const article: Record<Locale, string[]> = {
  en: [
    'From early December 2024, thirty civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area joined HKSAR Government bureaux and departments.',
    'Each attachment lasted between four weeks and three months. The Constitutional and Mainland Affairs Bureau received a participant from Shenzhen, who spent three months in its Greater Bay Area Development Office.',
    'He came away with three impressions: the strength of Hong Kong’s research and technology, a financial centre looking for ways to serve the real economy, and a civil service that plans its work around people.',
  ],
  'zh-Hant': [
    '由2024年12月初起，三十位來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，加入特區政府不同的決策局及部門。',
    '每段交流為期四星期至三個月。政制及內地事務局接待了一位來自深圳的參加者，他在粵港澳大灣區發展辦公室工作了三個月。',
    '他帶走了三點印象：香港的科研與創新實力、一個尋求服務實體經濟的金融中心，以及以人為本的公務員隊伍。',
  ],
  'zh-Hans': [
    '由2024年12月初起，三十位来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员，加入特区政府不同的决策局及部门。',
    '每段交流为期四周至三个月。政制及内地事务局接待了一位来自深圳的参加者，他在粤港澳大湾区发展办公室工作了三个月。',
    '他带走了三点印象：香港的科研与创新实力、一个寻求服务实体经济的金融中心，以及以人为本的公务员队伍。',
  ],
};

export const fixtures: Fixture<ProseProps>[] = [
  ...inEachLanguage<ProseProps>('article', 'Three paragraphs of an article, as an <article>', (locale) => ({ props: { locale, as: 'article' }, children: article[locale] })),
  {
    name: 'body-zh-hant',
    description: 'Two paragraphs in Traditional Chinese, in a <div>.',
    props: { locale: 'zh-Hant' },
    children: article['zh-Hant'].slice(0, 2),
  },
  {
    name: 'section-zh-hans',
    description: 'One run of Simplified Chinese text, passed as a string, in a <section>.',
    props: { locale: 'zh-Hans', as: 'section' },
    children: '他总结了三点体会：香港的科研与创新实力、金融业如何更好地服务实体经济，以及以人为本的公务员队伍。',
  },
];
