import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, locale, paragraphs, text } from '../../fixtures/schema.js';
import type { DetailsProps } from './Details.js';
import { detailsDefinition as definition } from './Details.definition.js';
import { docs } from './Details.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    summary: text,
    open: { type: 'boolean', description: 'Render the content open at first.' },
    children: paragraphs,
    locale,
  },
  ['summary', 'children'],
);

export const fixtures: Fixture<DetailsProps>[] = [
  {
    name: 'who-can-take-part-en',
    description: 'A closed disclosure with one paragraph, in English.',
    props: { locale: 'en', summary: 'Who can take part?' },
    children: 'Civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area, on attachment to HKSAR Government bureaux and departments.',
  },
  {
    name: 'who-can-take-part-zh-hant',
    description: 'The same in Traditional Chinese.',
    props: { locale: 'zh-Hant', summary: '誰可以參加？' },
    children: '來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，到香港特區政府的決策局及部門工作。',
  },
  {
    name: 'who-can-take-part-zh-hans',
    description: 'The same in Simplified Chinese.',
    props: { locale: 'zh-Hans', summary: '谁可以参加？' },
    children: '来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员，到香港特区政府的决策局及部门工作。',
  },
  {
    name: 'open-en',
    description: 'Open at first, with two paragraphs, in English.',
    props: { locale: 'en', summary: 'How long does an attachment last?', open: true },
    children: ['Between four weeks and three months.', 'The 2024 attachments began in early December 2024.'],
  },
  {
    name: 'open-zh-hant',
    description: 'The same in Traditional Chinese.',
    props: { locale: 'zh-Hant', summary: '每段交流為期多久？', open: true },
    children: ['由四星期至三個月不等。', '2024年的交流由12月初開始。'],
  },
  {
    name: 'open-zh-hans',
    description: 'The same in Simplified Chinese.',
    props: { locale: 'zh-Hans', summary: '每段交流为期多久？', open: true },
    children: ['由四周至三个月不等。', '2024年的交流由12月初开始。'],
  },
];
