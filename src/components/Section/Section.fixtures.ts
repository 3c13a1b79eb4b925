import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, id, locale, paragraphs, text } from '../../fixtures/schema.js';
import type { SectionProps } from './Section.js';
import { sectionDefinition as definition } from './Section.definition.js';
import { docs } from './Section.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  { heading: text, headingLevel, description: text, id, headingId: id, locale, children: paragraphs },
  ['heading'],
);

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = newsletterIssue;

export const fixtures: Fixture<SectionProps>[] = [
  {
    name: 'participant-en',
    description: 'English section with an id for in-page links, a description and two paragraphs.',
    props: { locale: 'en', id: en.sections.participant.id, heading: en.sections.participant.heading, description: en.sections.participant.description },
    children: [exchangeProgramme.en.participant.bio, exchangeProgramme.en.article.body[1]!],
  },
  {
    name: 'reflection-zh-hant-h3',
    description: 'Traditional Chinese section with a level-3 heading and no description.',
    props: { locale: 'zh-Hant', id: hant.sections.reflection.id, heading: hant.sections.reflection.heading, headingLevel: 3 },
    children: exchangeProgramme['zh-Hant'].reflection.paragraphs.slice(0, 2),
  },
  {
    name: 'partners-zh-hans-heading-id',
    description: 'Simplified Chinese section with its own heading id, as when the same heading appears twice on a page.',
    props: { locale: 'zh-Hans', id: hans.sections.partners.id, heading: hans.sections.partners.heading, description: hans.sections.partners.description, headingId: 'partners-heading' },
    children: exchangeProgramme['zh-Hans'].article.body[0]!,
  },
  {
    name: 'finance-en-subsection',
    description: 'An English subsection of the reflection: a level-3 heading, the target of a nested contents link.',
    props: { locale: 'en', id: 'finance', heading: 'Finance', headingLevel: 3 },
    children: [exchangeProgramme.en.reflection.paragraphs[2]!],
  },
];
