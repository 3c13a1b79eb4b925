import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, id, labelOverrides, locale, text } from '../../fixtures/schema.js';
import type { ContentsListProps } from './ContentsList.js';
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

const contentsOf = (locale: keyof typeof newsletterIssue) => {
  const { participant, reflection, partners } = newsletterIssue[locale].sections;
  return [participant, reflection, partners].map(({ id: target, heading }) => ({ label: heading, id: target }));
};

export const fixtures: Fixture<ContentsListProps>[] = [
  {
    name: 'article-en',
    description: 'The contents of the English reference article, the first section current.',
    props: { locale: 'en', items: contentsOf('en'), current: 'participant' },
  },
  {
    name: 'article-zh-hant-nested-heading',
    description: 'Traditional Chinese contents with a level-2 title and a nested subsection of the reflection, the current one.',
    // Every id is a Section fixture's, so the links reach their targets on a page of fixtures alone.
    props: {
      locale: 'zh-Hant',
      headingLevel: 2,
      current: 'finance',
      items: contentsOf('zh-Hant').map((item) => (item.id === 'reflection' ? { ...item, items: [{ label: '金融', id: 'finance' }] } : item)),
    },
  },
  {
    name: 'article-zh-hans-own-title',
    description: 'Simplified Chinese contents with the title replaced through labels, nothing current.',
    props: { locale: 'zh-Hans', items: contentsOf('zh-Hans'), labels: { label: '本页内容' } },
  },
];
