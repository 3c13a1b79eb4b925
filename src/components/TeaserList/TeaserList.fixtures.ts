import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, locale, option, paragraphs } from '../../fixtures/schema.js';
import type { TeaserListProps } from './TeaserList.js';
import { teaserListDefinition as definition } from './TeaserList.definition.js';
import { docs } from './TeaserList.docs.js';

// The teasers are components (ArticleHighlight), which JSON cannot hold: a fixture's children are
// plain paragraphs, one list item each. The stories and docs show the list with real teasers.
export const schema = contentSchema(
  definition,
  docs.description, { children: paragraphs, layout: option(definition, 'layout'), locale }, ['children']);

const titles = (language: keyof typeof newsletterIssue) => newsletterIssue[language].teasers.map((teaser) => teaser.title);

export const fixtures: Fixture<TeaserListProps>[] = [
  {
    name: 'grid-en',
    description: 'The English articles of the issue in the grid layout, one item per paragraph.',
    props: { locale: 'en' },
    children: titles('en'),
  },
  {
    name: 'list-zh-hant',
    description: 'The Traditional Chinese articles of the issue in the list layout.',
    props: { locale: 'zh-Hant', layout: 'list' },
    children: titles('zh-Hant'),
  },
  {
    name: 'grid-zh-hans-one',
    description: 'A Simplified Chinese grid of one item.',
    props: { locale: 'zh-Hans', layout: 'grid' },
    children: titles('zh-Hans').slice(0, 1),
  },
];
