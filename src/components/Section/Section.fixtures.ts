import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
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

// Sections of a newsletter article on the 2024 Civil Service Exchange Programme, in our own words:
// the ids are the ones ContentsList's fixtures link to.
const partners: Record<Locale, { heading: string; description: string; text: string }> = {
  en: {
    heading: 'Where the participants came from',
    description: 'Five Mainland cities, and the Mainland cities of the Greater Bay Area.',
    text: 'The thirty participants came from Beijing, Shanghai, Chongqing, Wuhan and Hangzhou, and from the Mainland cities of the Greater Bay Area.',
  },
  'zh-Hant': {
    heading: '參加者來自哪裏',
    description: '五個內地城市，以及大灣區的內地城市。',
    text: '三十位參加者來自北京、上海、重慶、武漢和杭州，以及大灣區的內地城市。',
  },
  'zh-Hans': {
    heading: '参加者来自哪里',
    description: '五个内地城市，以及大湾区的内地城市。',
    text: '三十位参加者来自北京、上海、重庆、武汉和杭州，以及大湾区的内地城市。',
  },
};

export const fixtures: Fixture<SectionProps>[] = [
  ...inEachLanguage<SectionProps>('partners', 'Section with an id for in-page links, a description and a paragraph', (locale) => ({
    props: { locale, id: 'partners', heading: partners[locale].heading, description: partners[locale].description },
    children: [partners[locale].text],
  })),
  {
    name: 'participant-en',
    description: 'English section with an id for in-page links, a description and two paragraphs.',
    props: { locale: 'en', id: 'participant', heading: 'Meet a participant', description: 'One of the thirty officials, and the office that hosted him.' },
    children: [
      'Mr Terence Wang of Shenzhen spent three months with the Greater Bay Area Development Office.',
      'The Constitutional and Mainland Affairs Bureau, of which the office is part, drew up a work plan for his stay.',
    ],
  },
  {
    name: 'reflection-zh-hant-h3',
    description: 'Traditional Chinese section with a level-3 heading and no description.',
    props: { locale: 'zh-Hant', id: 'reflection', heading: '參加者感想', headingLevel: 3 },
    children: ['王先生以往亦曾與香港合作，但這次在政府部門工作三個月，令他對香港有了新的認識。', '他談到三點：創新科技、金融，以及公務員隊伍。'],
  },
  {
    name: 'innovation-zh-hans-heading-id',
    description: 'Simplified Chinese subsection with its own heading id, as when the same heading appears twice on a page.',
    props: { locale: 'zh-Hans', id: 'innovation', heading: '创新科技', headingLevel: 3, headingId: 'innovation-heading' },
    children: '香港有多所大学跻身世界百强，香港科技园公司至今已培育十二家独角兽企业。',
  },
  {
    name: 'finance-en-subsection',
    description: 'An English subsection of the reflection: a level-3 heading, the target of a nested contents link.',
    props: { locale: 'en', id: 'finance', heading: 'Finance', headingLevel: 3 },
    children: [
      'Like New York and London, Hong Kong is an international financial centre that has gone through deindustrialisation. Scholars and legislators study the “Wimbledon Effect”, so that finance takes root locally and serves technology and the real economy.',
    ],
  },
  {
    name: 'civil-service-zh-hant-subsection',
    description: 'A Traditional Chinese subsection of the reflection, the target of a nested contents link.',
    props: { locale: 'zh-Hant', id: 'civil-service', heading: '公務員隊伍', headingLevel: 3 },
    children: ['嚴謹、高效、專業，並以人為本：接待部門為參加者度身訂造工作計劃，亦安排了職務探訪。'],
  },
];
