import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, labelOverrides, locale, oneOfRequired, option, paragraphs, text } from '../../fixtures/schema.js';
import type { Locale } from '../../i18n/locale.js';
import type { CalloutProps } from './Callout.js';
import { calloutDefinition as definition } from './Callout.definition.js';
import { docs } from './Callout.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    children: paragraphs,
    heading: text,
    headingLevel,
    variant: option(definition, 'variant'),
    locale,
    labels: labelOverrides(definition),
  },
  [],
  oneOfRequired('heading', 'children'),
);

const information: Record<Locale, { heading: string; body: string[] }> = {
  en: {
    heading: 'About the programme',
    body: [
      'The Civil Service Exchange Programme brings civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area to work in HKSAR Government bureaux and departments.',
      'Thirty officials took part in the 2024 round.',
    ],
  },
  'zh-Hant': {
    heading: '關於交流計劃',
    body: ['公務員交流計劃安排來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，到香港特區政府的決策局及部門工作。', '2024年共有三十位內地公務員參加。'],
  },
  'zh-Hans': {
    heading: '关于交流计划',
    body: ['公务员交流计划安排来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员，到香港特区政府的决策局及部门工作。', '2024年共有三十位内地公务员参加。'],
  },
};

const important: Record<Locale, string> = {
  en: 'The 2024 attachments began in early December. Each lasts between four weeks and three months.',
  'zh-Hant': '2024年的交流由12月初開始，每段為期四星期至三個月。',
  'zh-Hans': '2024年的交流由12月初开始，每段为期四周至三个月。',
};

export const fixtures: Fixture<CalloutProps>[] = [
  ...inEachLanguage<CalloutProps>('information', 'Information with an h3 heading and two paragraphs', (locale) => ({
    props: { locale, heading: information[locale].heading },
    children: information[locale].body,
  })),
  ...inEachLanguage<CalloutProps>('important', 'Important, without a heading: a hidden "Important:" is read first', (locale) => ({
    props: { locale, variant: 'important' },
    children: important[locale],
  })),
  {
    name: 'information-zh-hans-h2',
    description: 'Information with an h2 heading, in Simplified Chinese.',
    props: { locale: 'zh-Hans', heading: '接待部门', headingLevel: 2 },
    children: ['政制及内地事务局辖下的粤港澳大湾区发展办公室接待了一位来自深圳的参加者，为期三个月。'],
  },
];
