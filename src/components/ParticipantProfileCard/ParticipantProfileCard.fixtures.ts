import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { picture } from '../../fixtures/picture.js';
import type { Locale } from '../../i18n/locale.js';
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

// Mr Terence Wang of Shenzhen, a participant of the 2024 Civil Service Exchange Programme, three
// months with the Greater Bay Area Development Office: his card in each language (in Chinese his
// family name with the honorific after it, his English name beside).
const period = { start: '2024-12-02', end: '2025-03-01' };

const cards: Record<Locale, ParticipantProfileCardProps & { bio: string }> = {
  en: {
    name: 'Terence Wang',
    honorific: 'Mr',
    role: 'Exchange participant',
    homeCity: 'Shenzhen',
    homeOrganisation: 'Shenzhen municipal civil service',
    hostOrganisation: 'Greater Bay Area Development Office, Constitutional and Mainland Affairs Bureau',
    bio: 'Three months with the Greater Bay Area Development Office, looking at how Hong Kong carries research into industry.',
  },
  'zh-Hant': {
    name: '王',
    honorific: '先生',
    localName: 'Terence Wang',
    localNameLang: 'en',
    role: '交流計劃參加者',
    homeCity: '深圳',
    homeOrganisation: '深圳市公務員隊伍',
    hostOrganisation: '政制及內地事務局粵港澳大灣區發展辦公室',
    bio: '在粵港澳大灣區發展辦公室工作三個月，觀察香港如何把科研成果轉化為產業。',
  },
  'zh-Hans': {
    name: '王',
    honorific: '先生',
    localName: 'Terence Wang',
    localNameLang: 'en',
    role: '交流计划参加者',
    homeCity: '深圳',
    homeOrganisation: '深圳市公务员队伍',
    hostOrganisation: '政制及内地事务局粤港澳大湾区发展办公室',
    bio: '在粤港澳大湾区发展办公室工作三个月，观察香港如何把科研成果转化为产业。',
  },
};

export const fixtures: Fixture<ParticipantProfileCardProps>[] = [
  ...inEachLanguage<ParticipantProfileCardProps>('participant', 'Card with honorific, every fact, a closed period with its duration and a bio; a monogram, no photo', (locale) => {
    const { bio, ...card } = cards[locale];
    return { props: { locale, ...card, period: { ...period } }, children: bio };
  }),
  {
    name: 'participant-en-linked',
    description: 'English card whose name links to a full profile page.',
    props: { locale: 'en', name: cards.en.name, honorific: cards.en.honorific, role: cards.en.role, homeCity: cards.en.homeCity, period: { ...period }, href: '/en/participants/terence-wang' },
  },
  {
    name: 'participant-zh-hans-open-period',
    description: 'Simplified Chinese card with a photo, an h2 heading and a period with no end ("from" phrasing).',
    props: {
      locale: 'zh-Hans',
      name: { family: '王', given: '志明' },
      honorific: '先生',
      role: cards['zh-Hans'].role,
      homeCity: cards['zh-Hans'].homeCity,
      period: { start: period.start },
      photo: { src: picture, alt: '' },
      headingLevel: 2,
    },
  },
];
