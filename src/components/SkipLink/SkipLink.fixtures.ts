import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, id, labelOverrides, locale, option } from '../../fixtures/schema.js';
import type { SkipLinkProps } from './SkipLink.js';
import { skipLinkDefinition as definition } from './SkipLink.definition.js';
import { docs } from './SkipLink.docs.js';

export const schema = contentSchema(definition, docs.description, {
  targetId: id,
  visibility: option(definition, 'visibility'),
  locale,
  labels: labelOverrides(definition),
});

export const fixtures: Fixture<SkipLinkProps>[] = [
  {
    name: 'skip-link-en',
    description: 'English skip link to the default target, #main-content, hidden until focused.',
    props: { locale: 'en' },
  },
  {
    name: 'skip-link-zh-hant-label',
    description: 'Traditional Chinese skip link on a page whose main content is a form, with its own label.',
    props: { locale: 'zh-Hant', labels: { skipToMain: '跳至申請表格' } },
  },
  {
    name: 'skip-link-zh-hans-always',
    description: 'Simplified Chinese skip link that is always shown.',
    props: { locale: 'zh-Hans', visibility: 'always' },
  },
];
