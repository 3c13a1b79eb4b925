import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, headingLevel, id, labelOverrides, locale, text } from '../../fixtures/schema.js';
import type { ContentsItem, ContentsListProps } from './ContentsList.js';
import { contentsListDefinition as definition } from './ContentsList.definition.js';
import { docs } from './ContentsList.docs.js';

const entry = { label: text, id };

export const schema = contentSchema(
  definition,
  docs.description,
  {
    items: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          ...entry,
          items: { type: 'array', items: { type: 'object', properties: entry, required: ['label', 'id'], additionalProperties: false } },
        },
        required: ['label', 'id'],
        additionalProperties: false,
      },
    },
    current: id,
    headingLevel,
    locale,
    labels: labelOverrides(definition),
  },
  ['items'],
);

// The contents of a newsletter article on the 2024 Civil Service Exchange Programme: a participant,
// his reflection with its three themes, and where the participants came from. Every id is a Section
// fixture's, so each link reaches its target on a page of the fixtures alone.
const sections: Record<Locale, [participant: string, reflection: string, themes: [string, string, string], partners: string]> = {
  en: ['Meet a participant', 'In his own words', ['Innovation and technology', 'Finance', 'The civil service'], 'Where the participants came from'],
  'zh-Hant': ['參加者簡介', '參加者感想', ['創新科技', '金融', '公務員隊伍'], '參加者來自哪裏'],
  'zh-Hans': ['参加者简介', '参加者感想', ['创新科技', '金融', '公务员队伍'], '参加者来自哪里'],
};

const contentsIn = (locale: Locale): ContentsItem[] => {
  const [participant, reflection, [innovation, finance, civilService], partners] = sections[locale];
  return [
    { label: participant, id: 'participant' },
    {
      label: reflection,
      id: 'reflection',
      items: [
        { label: innovation, id: 'innovation' },
        { label: finance, id: 'finance' },
        { label: civilService, id: 'civil-service' },
      ],
    },
    { label: partners, id: 'partners' },
  ];
};

export const fixtures: Fixture<ContentsListProps>[] = [
  ...inEachLanguage<ContentsListProps>('article', 'The contents of an article, the reflection’s three themes nested under it and the reflection current', (locale) => ({
    props: { locale, items: contentsIn(locale), current: 'reflection' },
  })),
  {
    name: 'article-zh-hant-nested-heading',
    description: 'Traditional Chinese contents with a level-2 title, a nested subsection the current one.',
    props: { locale: 'zh-Hant', headingLevel: 2, current: 'finance', items: contentsIn('zh-Hant') },
  },
  {
    name: 'article-zh-hans-own-title',
    description: 'Simplified Chinese contents with the title replaced through labels, nothing current.',
    props: { locale: 'zh-Hans', items: contentsIn('zh-Hans'), labels: { label: '本页内容' } },
  },
];
