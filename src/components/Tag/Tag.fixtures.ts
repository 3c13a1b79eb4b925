import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, locale, option, text } from '../../fixtures/schema.js';
import type { TagProps } from './Tag.js';
import { tagDefinition as definition } from './Tag.definition.js';
import { docs } from './Tag.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  { children: text, href: hrefUrl, tone: option(definition, 'tone'), locale },
  ['children'],
);

export const fixtures: Fixture<TagProps>[] = [
  { name: 'features-en', description: 'A plain English topic tag.', props: { locale: 'en' }, children: 'Features' },
  {
    name: 'features-zh-hant-link',
    description: 'A Traditional Chinese tag linking to its topic page.',
    props: { locale: 'zh-Hant', href: '/tc/topics/features/' },
    children: '專題',
  },
  { name: 'features-zh-hans-strong', description: 'A Simplified Chinese tag in the strong tone.', props: { locale: 'zh-Hans', tone: 'strong' }, children: '专题' },
];
