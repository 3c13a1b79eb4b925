import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, locale, option, paragraphs } from '../../fixtures/schema.js';
import type { TeaserListProps } from './TeaserList.js';
import { teaserListDefinition as definition } from './TeaserList.definition.js';
import { docs } from './TeaserList.docs.js';

// The teasers are components (ArticleHighlight), which JSON cannot hold: a fixture's children are
// plain paragraphs, one list item each. The stories and docs show the list with real teasers.
export const schema = contentSchema(
  definition,
  docs.description, { children: paragraphs, layout: option(definition, 'layout'), locale }, ['children']);

// The titles of the four articles of a newsletter issue on the 2024 Civil Service Exchange Programme.
const titles: Record<Locale, string[]> = {
  en: [
    'A winter inside Hong Kong’s bureaux for thirty Mainland civil servants',
    'Three months in the Greater Bay Area Development Office',
    'What three months inside a bureau taught one visitor',
    'Where the thirty participants came from',
  ],
  'zh-Hant': ['三十位內地公務員在香港政府部門過冬', '在粵港澳大灣區發展辦公室的三個月', '在政府部門工作三個月的體會', '三十位參加者來自哪裏'],
  'zh-Hans': ['三十位内地公务员在香港政府部门过冬', '在粤港澳大湾区发展办公室的三个月', '在政府部门工作三个月的体会', '三十位参加者来自哪里'],
};

export const fixtures: Fixture<TeaserListProps>[] = [
  ...inEachLanguage<TeaserListProps>('grid', 'The articles of an issue in the grid layout, one item per paragraph', (locale) => ({ props: { locale }, children: titles[locale] })),
  {
    name: 'list-zh-hant',
    description: 'The Traditional Chinese articles of the issue in the list layout.',
    props: { locale: 'zh-Hant', layout: 'list' },
    children: titles['zh-Hant'],
  },
  {
    name: 'grid-zh-hans-one',
    description: 'A Simplified Chinese grid of one item.',
    props: { locale: 'zh-Hans', layout: 'grid' },
    children: titles['zh-Hans'].slice(0, 1),
  },
];
