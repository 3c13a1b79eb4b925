import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, id, locale, paragraphs, text } from '../../fixtures/schema.js';
import type { AccordionProps } from './Accordion.js';
import { accordionDefinition as definition, groupNamePattern } from './Accordion.definition.js';
import { docs } from './Accordion.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    sections: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          heading: text,
          content: paragraphs,
          open: { type: 'boolean', description: 'Open at first; in a named group, only the first open section is.' },
          id,
        },
        required: ['heading', 'content'],
        additionalProperties: false,
      },
    },
    headingLevel,
    name: { type: 'string', pattern: groupNamePattern, description: 'An exclusive group: at most one section open at a time.' },
    locale,
  },
  ['sections'],
);

export const fixtures: Fixture<AccordionProps>[] = [
  {
    name: 'programme-faq-en',
    description: 'Three questions about the exchange programme, all closed, in English.',
    props: {
      locale: 'en',
      sections: [
        { heading: 'Who takes part?', content: ['Civil servants from Beijing, Shanghai, Chongqing, Wuhan and Hangzhou, and from the Mainland cities of the Greater Bay Area.'] },
        { heading: 'How long does an attachment last?', content: ['Between four weeks and three months. The 2024 attachments began in early December.'] },
        {
          heading: 'Where do participants work?',
          content: ['In HKSAR Government bureaux and departments.', 'A participant from Shenzhen, for example, joined the Greater Bay Area Development Office of the Constitutional and Mainland Affairs Bureau.'],
        },
      ],
    },
  },
  {
    name: 'programme-faq-zh-hant',
    description: 'The same questions in Traditional Chinese, as an exclusive group (`name`).',
    props: {
      locale: 'zh-Hant',
      name: 'programme-faq',
      sections: [
        { heading: '哪些人參加？', content: ['來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員。'] },
        { heading: '每段交流為期多久？', content: ['由四星期至三個月不等。2024年的交流由12月初開始。'] },
        { heading: '參加者在哪裏工作？', content: ['在香港特區政府的決策局及部門。', '例如一位來自深圳的參加者，到政制及內地事務局轄下的粵港澳大灣區發展辦公室工作。'] },
      ],
    },
  },
  {
    name: 'programme-faq-zh-hans-h2',
    description: 'Simplified Chinese, headings at level 2, the first section open.',
    props: {
      locale: 'zh-Hans',
      headingLevel: 2,
      sections: [
        { heading: '哪些人参加？', content: ['来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员。'], open: true, id: 'who-takes-part' },
        { heading: '每段交流为期多久？', content: ['由四周至三个月不等。2024年的交流由12月初开始。'] },
        { heading: '参加者在哪里工作？', content: ['在香港特区政府的决策局及部门。'] },
      ],
    },
  },
];
