import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, id, languageTag, locale, option, text } from '../../fixtures/schema.js';
import type { TableProps } from './Table.js';
import { tableDefinition as definition } from './Table.definition.js';
import { docs } from './Table.docs.js';

const figure = { type: 'number', description: 'A figure, formatted with grouping: 1,234.5.' };

export const schema = contentSchema(
  definition,
  docs.description,
  {
    caption: text,
    columns: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { label: text, numeric: { type: 'boolean' }, lang: languageTag }, required: ['label'], additionalProperties: false },
    },
    rows: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          header: { oneOf: [text, figure] },
          cells: { type: 'array', items: { oneOf: [{ type: 'string', description: 'Text; an empty string is an empty cell.' }, figure] } },
        },
        required: ['cells'],
        additionalProperties: false,
      },
    },
    variant: option(definition, 'variant'),
    captionId: id,
    locale,
  },
  ['caption', 'columns', 'rows'],
);

// The nine Mainland cities of the Greater Bay Area, in the three scripts (shared/content facts).
const cities: Array<[en: string, hant: string, hans: string]> = [
  ['Guangzhou', '廣州', '广州'],
  ['Shenzhen', '深圳', '深圳'],
  ['Zhuhai', '珠海', '珠海'],
  ['Foshan', '佛山', '佛山'],
  ['Huizhou', '惠州', '惠州'],
  ['Dongguan', '東莞', '东莞'],
  ['Zhongshan', '中山', '中山'],
  ['Jiangmen', '江門', '江门'],
  ['Zhaoqing', '肇慶', '肇庆'],
];

export const fixtures: Fixture<TableProps>[] = [
  {
    name: 'gba-cities-en',
    description: 'The nine cities as row headers, their Chinese names in columns marked with their language.',
    props: {
      locale: 'en',
      caption: 'The Mainland cities of the Greater Bay Area',
      columns: [{ label: 'City' }, { label: 'Traditional Chinese', lang: 'zh-Hant' }, { label: 'Simplified Chinese', lang: 'zh-Hans' }],
      rows: cities.map(([en, hant, hans]) => ({ header: en, cells: [hant, hans] })),
    },
  },
  {
    name: 'gba-cities-zh-hant',
    description: 'The same in Traditional Chinese, the English column marked lang="en".',
    props: {
      locale: 'zh-Hant',
      caption: '大灣區內地城市',
      columns: [{ label: '城市' }, { label: '英文', lang: 'en' }, { label: '簡體中文', lang: 'zh-Hans' }],
      rows: cities.map(([en, hant, hans]) => ({ header: hant, cells: [en, hans] })),
    },
  },
  {
    name: 'partner-groups-zh-hans',
    description: 'Zebra rows and a numeric column: the partner cities of the 2024 programme by group.',
    props: {
      locale: 'zh-Hans',
      variant: 'zebra',
      caption: '2024年交流计划的合作城市',
      columns: [{ label: '类别' }, { label: '城市数目', numeric: true }],
      rows: [
        { header: '大湾区内地城市', cells: [9] },
        { header: '直辖市及省会城市', cells: [5] },
        { header: '合计', cells: [14] },
      ],
    },
  },
];
