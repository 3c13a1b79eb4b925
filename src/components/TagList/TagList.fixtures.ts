import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, id, labelOverrides, locale, option, text } from '../../fixtures/schema.js';
import { tagDefinition } from '../Tag/Tag.definition.js';
import type { TagListProps } from './TagList.js';
import { tagListDefinition as definition } from './TagList.definition.js';
import { docs } from './TagList.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    items: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { label: text, href: hrefUrl, tone: option(tagDefinition, 'tone') },
        required: ['label'],
        additionalProperties: false,
      },
    },
    label: text,
    hideLabel: { type: 'boolean' },
    labelId: id,
    locale,
    labels: labelOverrides(definition),
  },
  ['items'],
);

export const fixtures: Fixture<TagListProps>[] = [
  {
    name: 'topics-en',
    description: 'The topics of the newsletter feature, each linking to its topic page.',
    props: {
      locale: 'en',
      items: [
        { label: 'Civil Service Exchange Programme', href: '/en/topics/civil-service-exchange/' },
        { label: 'Greater Bay Area', href: '/en/topics/greater-bay-area/' },
        { label: 'Highlights', href: '/en/topics/highlights/' },
      ],
    },
  },
  {
    name: 'topics-zh-hant',
    description: 'The same topics in Traditional Chinese, under the built-in label 「主題」.',
    props: {
      locale: 'zh-Hant',
      items: [
        { label: '公務員交流計劃', href: '/tc/topics/civil-service-exchange/' },
        { label: '大灣區', href: '/tc/topics/greater-bay-area/' },
        { label: '精選', href: '/tc/topics/highlights/' },
      ],
    },
  },
  {
    name: 'topics-zh-hans-hidden-label',
    description: 'Simplified Chinese plain tags, the label read by screen readers only.',
    props: { locale: 'zh-Hans', hideLabel: true, items: [{ label: '公务员交流计划' }, { label: '大湾区' }, { label: '精选', tone: 'strong' }] },
  },
];
