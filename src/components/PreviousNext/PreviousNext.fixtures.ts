import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, labelOverrides, locale, oneOfRequired, text } from '../../fixtures/schema.js';
import type { PreviousNextProps } from './PreviousNext.js';
import { previousNextDefinition as definition } from './PreviousNext.definition.js';
import { docs } from './PreviousNext.docs.js';

const article = { type: 'object', properties: { href: hrefUrl, title: text }, required: ['href'], additionalProperties: false };

export const schema = contentSchema(
  definition,
  docs.description,
  { previous: article, next: article, locale, labels: labelOverrides(definition) },
  [],
  oneOfRequired('previous', 'next'),
);

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = newsletterIssue;

export const fixtures: Fixture<PreviousNextProps>[] = [
  {
    name: 'both-en',
    description: 'The previous and next article of the English issue, with their titles.',
    props: { locale: 'en', previous: en.previous, next: en.next },
  },
  {
    name: 'next-only-zh-hant',
    description: 'The first article of the Traditional Chinese issue: only a next article.',
    props: { locale: 'zh-Hant', next: hant.next },
  },
  {
    name: 'both-zh-hans',
    description: 'The previous and next article of the Simplified Chinese issue.',
    props: { locale: 'zh-Hans', previous: hans.previous, next: hans.next },
  },
];
