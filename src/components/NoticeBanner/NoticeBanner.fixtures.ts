import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, hrefUrl, id, isoDateOrInstant, labelOverrides, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { NoticeBannerProps } from './NoticeBanner.js';
import { noticeBannerDefinition as definition } from './NoticeBanner.definition.js';
import { docs } from './NoticeBanner.docs.js';

const isWeather = { properties: { variant: { const: 'weather' } }, required: ['variant'] };

export const schema = contentSchema(
  definition,
  docs.description,
  {
    variant: option(definition, 'variant'),
    heading: text,
    signal: option(definition, 'signal'),
    issued: isoDateOrInstant,
    link: { type: 'object', properties: { href: hrefUrl, text }, required: ['href'], additionalProperties: false },
    headingLevel,
    headingId: id,
    children: paragraphs,
    locale,
    labels: labelOverrides(definition),
  },
  [],
  {
    // A weather notice names its signal and says when; the others have a heading of their own.
    allOf: [
      { if: isWeather, then: { required: ['signal', 'issued'], not: { required: ['heading'] } } },
      { if: { not: isWeather }, then: { required: ['heading'], not: { anyOf: [{ required: ['signal'] }, { required: ['issued'] }] } } },
    ],
  },
);

const arrangements = { en: '/en/arrangements/', 'zh-Hant': '/tc/arrangements/', 'zh-Hans': '/sc/arrangements/' };

const signal8 = {
  en: 'Our counters are closed while the signal is in force. Online services remain open.',
  'zh-Hant': '信號生效期間，本處櫃位暫停服務，網上服務照常運作。',
  'zh-Hans': '信号生效期间，本处柜位暂停服务，网上服务照常运作。',
};
const blackRainstorm = {
  en: 'Stay indoors. Appointments today will be rearranged; we will contact you.',
  'zh-Hant': '請留在安全地方。今日的預約將會另行安排，我們會與你聯絡。',
  'zh-Hans': '请留在安全地方。今日的预约将会另行安排，我们会与你联络。',
};

export const fixtures: Fixture<NoticeBannerProps>[] = [
  {
    name: 'information-en',
    description: 'A maintenance window of the online forms, with a link.',
    props: { locale: 'en', heading: 'Online forms unavailable on Sunday 2 February 2025, 8 am to 10 am', link: { href: '/en/notices/maintenance/' } },
    children: 'We are upgrading the forms. Please submit your application before or after these hours.',
  },
  {
    name: 'important-zh-hant',
    description: 'Counters closed on a public holiday, in Traditional Chinese; the heading reads 「重要：」 first.',
    props: { locale: 'zh-Hant', variant: 'important', heading: '7月1日櫃位暫停服務' },
    children: '香港特別行政區成立紀念日當天，本處櫃位暫停服務。',
  },
  {
    name: 'information-zh-hans-h3',
    description: 'Simplified Chinese, heading at level 3, two paragraphs.',
    props: { locale: 'zh-Hans', headingLevel: 3, heading: '交流计划网页更新' },
    children: ['我们已更新公务员交流计划的网页。', '如有查询，请与本处联络。'],
  },
  ...(['en', 'zh-Hant', 'zh-Hans'] as const).map((lang, index) => ({
    name: `signal-8-${['en', 'zh-hant', 'zh-hans'][index]}`,
    description: 'The No. 8 Northeast Gale or Storm Signal, with the site\'s message and arrangements link.',
    props: { locale: lang, variant: 'weather' as const, signal: 'TC8NE' as const, issued: '2025-07-20T09:40+08:00', link: { href: arrangements[lang] } },
    children: signal8[lang],
  })),
  ...(['en', 'zh-Hant', 'zh-Hans'] as const).map((lang, index) => ({
    name: `black-rainstorm-${['en', 'zh-hant', 'zh-hans'][index]}`,
    description: 'The Black Rainstorm Warning Signal, with the site\'s message and arrangements link.',
    props: { locale: lang, variant: 'weather' as const, signal: 'WRAINB' as const, issued: '2025-07-29T09:10+08:00', link: { href: arrangements[lang] } },
    children: blackRainstorm[lang],
  })),
  {
    name: 'amber-rainstorm-en',
    description: 'The Amber Rainstorm Warning Signal (not severe), no message.',
    props: { locale: 'en', variant: 'weather', signal: 'WRAINA', issued: '2025-07-29T07:45+08:00', link: { href: arrangements.en } },
  },
  {
    name: 'standby-signal-zh-hans',
    description: 'The Standby Signal No. 1, issued on the hour (「下午6时正」).',
    props: { locale: 'zh-Hans', variant: 'weather', signal: 'TC1', issued: '2025-07-19T18:00+08:00' },
  },
  {
    name: 'extreme-conditions-zh-hant',
    description: 'Extreme conditions, announced by the Government (「…公布」), with the site\'s own link text.',
    props: { locale: 'zh-Hant', variant: 'weather', signal: 'EXTREME', issued: '2025-07-20T15:45+08:00', link: { href: arrangements['zh-Hant'], text: '極端情況下的服務安排' } },
    children: '極端情況生效期間，本處櫃位暫停服務。',
  },
];
