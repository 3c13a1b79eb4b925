import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, labelOverrides, locale, oneOfRequired, option, paragraphs, text } from '../../fixtures/schema.js';
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

export const fixtures: Fixture<CalloutProps>[] = [
  {
    name: 'information-en',
    description: 'Information with an h3 heading and two paragraphs, in English.',
    props: { locale: 'en', heading: 'About the programme' },
    children: [
      'The Civil Service Exchange Programme brings civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area to work in HKSAR Government bureaux and departments.',
      'Thirty officials took part in the 2024 round.',
    ],
  },
  {
    name: 'important-zh-hant',
    description: 'Important, without a heading, in Traditional Chinese: a hidden 「重要：」 is read first.',
    props: { locale: 'zh-Hant', variant: 'important' },
    children: '2024年的交流由12月初開始，每段為期四星期至三個月。',
  },
  {
    name: 'information-zh-hans-h2',
    description: 'Information with an h2 heading, in Simplified Chinese.',
    props: { locale: 'zh-Hans', heading: '接待部门', headingLevel: 2 },
    children: ['政制及内地事务局辖下的粤港澳大湾区发展办公室接待了一位来自深圳的参加者，为期三个月。'],
  },
];
