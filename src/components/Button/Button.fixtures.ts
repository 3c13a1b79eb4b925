import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, fieldName, hrefUrl, locale, option, text } from '../../fixtures/schema.js';
import type { ButtonProps } from './Button.js';
import { buttonDefinition as definition } from './Button.definition.js';
import { docs } from './Button.docs.js';

const buttonOnly = ['type', 'name', 'value'];

export const schema = contentSchema(
  definition,
  docs.description,
  {
    children: { ...text, description: 'The text, saying what happens.' },
    variant: option(definition, 'variant'),
    href: hrefUrl,
    type: option(definition, 'type'),
    name: fieldName,
    value: { type: 'string', description: 'Sent under `name` when this button sends the form.' },
    locale,
  },
  ['children'],
  // A link (`href`) has no type, name or value: those are a <button>'s.
  { if: { required: ['href'] }, then: { not: { anyOf: buttonOnly.map((field) => ({ required: [field] })) } } },
);

export const fixtures: Fixture<ButtonProps>[] = [
  {
    name: 'primary-link-en',
    description: 'English link that looks like a primary button, to the programme guide.',
    props: { locale: 'en', href: '/en/programme/guide/' },
    children: 'Read the programme guide',
  },
  {
    name: 'secondary-submit-zh-hant',
    description: 'Traditional Chinese secondary submit button that sends useful=yes with its form.',
    props: { locale: 'zh-Hant', variant: 'secondary', type: 'submit', name: 'useful', value: 'yes' },
    children: '有用',
  },
  {
    name: 'start-link-zh-hans',
    description: 'Simplified Chinese start button: a larger link with an arrow, to the start of a service.',
    props: { locale: 'zh-Hans', variant: 'start', href: '/sc/programme/apply/' },
    children: '开始申请',
  },
];
