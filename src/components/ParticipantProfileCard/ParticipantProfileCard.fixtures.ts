import { exchangeProgramme, programmePeriod } from '../../pages/content/exchangeProgramme.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, hrefUrl, id, imageUrl, isoDateOrInstant, labelOverrides, languageTag, locale, text } from '../../fixtures/schema.js';
import type { ParticipantProfileCardProps } from './ParticipantProfileCard.js';
import { participantProfileCardDefinition as definition } from './ParticipantProfileCard.definition.js';
import { docs } from './ParticipantProfileCard.docs.js';

const personName = {
  oneOf: [text, { type: 'object', properties: { family: text, given: text }, minProperties: 1, additionalProperties: false }],
};

export const schema = contentSchema(
  definition,
  docs.description,
  {
    name: personName,
    nameLang: languageTag,
    honorific: text,
    localName: personName,
    localNameLang: languageTag,
    role: text,
    homeCity: text,
    homeOrganisation: text,
    hostOrganisation: text,
    period: { type: 'object', properties: { start: isoDateOrInstant, end: isoDateOrInstant }, required: ['start'], additionalProperties: false },
    photo: { type: 'object', properties: { src: imageUrl, alt: { type: 'string' } }, required: ['src'], additionalProperties: false },
    href: hrefUrl,
    headingLevel,
    headingId: id,
    locale,
    labels: labelOverrides(definition),
    children: text,
  },
  ['name'],
);

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = exchangeProgramme;

export const fixtures: Fixture<ParticipantProfileCardProps>[] = [
  {
    name: 'participant-en',
    description: 'English card with honorific, every fact, a closed period with its duration, a profile link and a bio.',
    props: {
      locale: 'en',
      name: en.participant.name,
      honorific: en.participant.honorific,
      localName: hant.participant.name,
      role: en.participant.role,
      homeCity: en.participant.homeCity,
      homeOrganisation: en.participant.homeOrganisation,
      hostOrganisation: en.participant.hostOrganisation,
      period: { ...programmePeriod },
      href: '/profiles/terence-wang',
    },
    children: en.participant.bio,
  },
  {
    name: 'participant-zh-hant',
    description: 'Traditional Chinese card: Han-script name with an English local name, monogram instead of a photo.',
    props: {
      locale: 'zh-Hant',
      name: hant.participant.name,
      localName: hant.participant.localName ?? '',
      localNameLang: hant.participant.localNameLang ?? 'en',
      role: hant.participant.role,
      homeCity: hant.participant.homeCity,
      hostOrganisation: hant.participant.hostOrganisation,
      period: { ...programmePeriod },
    },
    children: hant.participant.bio,
  },
  {
    name: 'participant-zh-hans-open-period',
    description: 'Simplified Chinese card with a photo, an h2 heading and a period with no end ("from" phrasing).',
    props: {
      locale: 'zh-Hans',
      name: { family: '王', given: '志明' },
      honorific: '先生',
      role: hans.participant.role,
      homeCity: hans.participant.homeCity,
      period: { start: programmePeriod.start },
      photo: { src: '/images/participants/wang.jpg', alt: '' },
      headingLevel: 2,
    },
  },
];
