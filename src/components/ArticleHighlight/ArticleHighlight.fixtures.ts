import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { picture, pictureSize } from '../../fixtures/picture.js';
import { contentSchema, headingLevel, hrefUrl, id, imageUrl, isoDateOrInstant, labelOverrides, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { ArticleHighlightProps } from './ArticleHighlight.js';
import { articleHighlightDefinition as definition } from './ArticleHighlight.definition.js';
import { docs } from './ArticleHighlight.docs.js';
import type { Locale } from '../../i18n/locale.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    title: text,
    kicker: text,
    lead: text,
    children: paragraphs,
    date: isoDateOrInstant,
    image: {
      type: 'object',
      properties: {
        src: imageUrl,
        alt: { type: 'string' },
        caption: text,
        width: { type: 'integer', minimum: 1, description: 'Intrinsic width in pixels; with height, the box is reserved before the image loads.' },
        height: { type: 'integer', minimum: 1, description: 'Intrinsic height in pixels.' },
        loading: { enum: ['lazy', 'eager'] },
      },
      required: ['src', 'alt'],
      additionalProperties: false,
    },
    href: hrefUrl,
    headingLevel,
    variant: option(definition, 'variant'),
    locale,
    labels: labelOverrides(definition),
    headingId: id,
  },
  ['title'],
);

// Three articles of a newsletter issue on the 2024 Civil Service Exchange Programme, in each language:
// the feature about the programme, a profile of a participant and his reflection.
interface Article {
  kicker: string;
  title: string;
  lead?: string;
  body?: string[];
}

const articles: Record<Locale, { prefix: string; feature: Article; profile: Article; reflection: Article; alt: string; caption: string }> = {
  en: {
    prefix: '/en',
    feature: {
      kicker: 'Highlights',
      title: 'A winter inside Hong Kong’s bureaux for thirty Mainland civil servants',
      lead: 'Under the 2024 Civil Service Exchange Programme, officials from five Mainland cities and the Greater Bay Area joined HKSAR Government offices for up to three months.',
      body: [
        'From early December 2024, the thirty participants joined bureaux and departments across the government.',
        'The Constitutional and Mainland Affairs Bureau received a participant from Shenzhen.',
      ],
    },
    profile: { kicker: 'Profile', title: 'Three months in the Greater Bay Area Development Office', lead: 'Mr Terence Wang of Shenzhen on the work plan his hosts drew up for him.' },
    reflection: { kicker: 'Reflection', title: 'What three months inside a bureau taught one visitor', body: ['Research, finance and the civil service, seen from the inside.'] },
    alt: 'An illustration of a harbour skyline under a pink sun.',
    caption: 'The harbour, as the newsletter draws it.',
  },
  'zh-Hant': {
    prefix: '/tc',
    feature: {
      kicker: '精選',
      title: '三十位內地公務員在香港政府部門過冬',
      lead: '在2024年公務員交流計劃下，來自五個內地城市及大灣區的公務員到特區政府辦公室工作，最長三個月。',
      body: ['由2024年12月初起，三十位參加者先後加入特區政府各決策局及部門。', '政制及內地事務局接待了一位來自深圳的參加者。'],
    },
    profile: { kicker: '人物', title: '在粵港澳大灣區發展辦公室的三個月', lead: '來自深圳的王先生談接待部門為他訂定的工作計劃。' },
    reflection: { kicker: '感想', title: '在政府部門工作三個月的體會', body: ['從內部看科研、金融和公務員隊伍。'] },
    alt: '插圖：粉紅色太陽下的海港和高樓。',
    caption: '本通訊插圖中的海港。',
  },
  'zh-Hans': {
    prefix: '/sc',
    feature: {
      kicker: '精选',
      title: '三十位内地公务员在香港政府部门过冬',
      lead: '在2024年公务员交流计划下，来自五个内地城市及大湾区的公务员到特区政府办公室工作，最长三个月。',
      body: ['由2024年12月初起，三十位参加者先后加入特区政府各决策局及部门。', '政制及内地事务局接待了一位来自深圳的参加者。'],
    },
    profile: { kicker: '人物', title: '在粤港澳大湾区发展办公室的三个月', lead: '来自深圳的王先生谈接待部门为他订定的工作计划。' },
    reflection: { kicker: '感想', title: '在政府部门工作三个月的体会', body: ['从内部看科研、金融和公务员队伍。'] },
    alt: '插图：粉红色太阳下的海港和高楼。',
    caption: '本通讯插图中的海港。',
  },
};

export const fixtures: Fixture<ArticleHighlightProps>[] = [
  ...inEachLanguage<ArticleHighlightProps>('feature', 'Feature variant: kicker, linked title, lead, date, captioned image with its size, and two body paragraphs', (locale) => {
    const { prefix, feature, alt, caption } = articles[locale];
    return {
      props: {
        locale,
        variant: 'feature',
        kicker: feature.kicker,
        title: feature.title,
        lead: feature.lead,
        date: '2025-01-15',
        href: `${prefix}/newsletter/2025-01/exchange-programme`,
        image: { src: picture, ...pictureSize, alt, caption },
      },
      children: feature.body,
    };
  }),
  ...inEachLanguage<ArticleHighlightProps>('teaser', 'Teaser variant: the whole card is the link; image without caption; h3 title', (locale) => {
    const { prefix, profile, alt } = articles[locale];
    return {
      props: {
        locale,
        variant: 'teaser',
        headingLevel: 3,
        kicker: profile.kicker,
        title: profile.title,
        lead: profile.lead,
        date: '2025-02-06',
        href: `${prefix}/newsletter/2025-01/meet-a-participant`,
        image: { src: picture, ...pictureSize, alt },
      },
    };
  }),
  ...inEachLanguage<ArticleHighlightProps>('compact', 'Compact variant: text only (the image is not shown in compact), the date an instant', (locale) => {
    const { prefix, reflection, alt } = articles[locale];
    return {
      props: {
        locale,
        variant: 'compact',
        kicker: reflection.kicker,
        title: reflection.title,
        date: '2025-02-20T09:30:00+08:00',
        href: `${prefix}/newsletter/2025-01/three-months-in-hong-kong`,
        image: { src: picture, alt },
      },
      children: reflection.body,
    };
  }),
];
