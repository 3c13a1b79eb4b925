import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { PageLayoutProps } from './PageLayout.js';
import { pageLayoutDefinition as definition } from './PageLayout.definition.js';
import { docs } from './PageLayout.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    children: paragraphs,
    aside: text,
    asidePlacement: option(definition, 'asidePlacement'),
    width: option(definition, 'width'),
    locale,
  },
  [],
);

// A short article on the 2024 Civil Service Exchange Programme and a note for the aside, in each language.
const articles: Record<Locale, { paragraphs: string[]; note: string }> = {
  en: {
    paragraphs: [
      'From early December 2024, thirty Mainland civil servants joined bureaux and departments of the HKSAR Government under the Civil Service Exchange Programme.',
      'They came from Beijing, Shanghai, Chongqing, Wuhan and Hangzhou, and from the Mainland cities of the Greater Bay Area; each stayed between four weeks and three months.',
      'The Constitutional and Mainland Affairs Bureau received a participant from Shenzhen, who spent his three months in the Greater Bay Area Development Office.',
    ],
    note: 'From the January 2025 issue of the Exchange Newsletter.',
  },
  'zh-Hant': {
    paragraphs: [
      '由2024年12月初起，三十位內地公務員在公務員交流計劃下，到特區政府各決策局及部門工作。',
      '他們來自北京、上海、重慶、武漢和杭州，以及大灣區的內地城市；每人交流四星期至三個月。',
      '政制及內地事務局接待了一位來自深圳的參加者，他在粵港澳大灣區發展辦公室工作了三個月。',
    ],
    note: '原載《交流通訊》2025年1月號。',
  },
  'zh-Hans': {
    paragraphs: [
      '由2024年12月初起，三十位内地公务员在公务员交流计划下，到特区政府各决策局及部门工作。',
      '他们来自北京、上海、重庆、武汉和杭州，以及大湾区的内地城市；每人交流四周至三个月。',
      '政制及内地事务局接待了一位来自深圳的参加者，他在粤港澳大湾区发展办公室工作了三个月。',
    ],
    note: '原载《交流通讯》2025年1月号。',
  },
};

export const fixtures: Fixture<PageLayoutProps>[] = [
  ...inEachLanguage<PageLayoutProps>('article', 'An article column of readable width with a note beside it (below it when narrow)', (locale) => ({
    props: { locale, aside: articles[locale].note },
    children: articles[locale].paragraphs,
  })),
  {
    name: 'article-zh-hant-aside-start',
    description: 'Traditional Chinese article with an aside placed first: beside the content, above it when narrow.',
    props: { locale: 'zh-Hant', aside: articles['zh-Hant'].note, asidePlacement: 'start' },
    children: articles['zh-Hant'].paragraphs,
  },
  {
    name: 'index-zh-hans-wide',
    description: 'A wide Simplified Chinese page, as for an index of teasers, with an aside after the content.',
    props: { locale: 'zh-Hans', width: 'wide', aside: articles['zh-Hans'].note },
    children: articles['zh-Hans'].paragraphs.slice(0, 2),
  },
];
