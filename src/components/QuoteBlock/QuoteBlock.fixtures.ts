import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { citeUrl, contentSchema, labelOverrides, languageTag, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { QuoteAttribution, QuoteBlockProps } from './QuoteBlock.js';
import { quoteBlockDefinition as definition } from './QuoteBlock.definition.js';
import { docs } from './QuoteBlock.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    children: paragraphs,
    attribution: {
      type: 'object',
      properties: { name: text, role: text, organisation: text, city: text },
      additionalProperties: false,
    },
    cite: citeUrl,
    variant: option(definition, 'variant'),
    collapsible: { type: 'boolean' },
    excerpt: text,
    defaultOpen: { type: 'boolean' },
    quoteLang: languageTag,
    locale,
    labels: labelOverrides(definition),
  },
  ['children'],
);

// A Shenzhen participant of the 2024 Civil Service Exchange Programme looks back on three months
// in the Greater Bay Area Development Office: a short reflection, a pull quote and an inline quote
// in each language, and the attribution each language writes.
const texts: Record<Locale, { reflection: string[]; pull: string; inline: string; attribution: QuoteAttribution }> = {
  en: {
    reflection: [
      'I had worked with Hong Kong before, but three months inside a bureau showed me the city from another side.',
      'Its universities, its basic research and its international talent stood out; the Policy Address adds a HK$10 billion I&T Industry-Oriented Fund to carry that research into industry.',
      'My hosts planned my work around me, with rigour and with care for people.',
    ],
    pull: 'Three months inside a bureau showed me Hong Kong from another side.',
    inline: 'My hosts planned my work around me, with rigour and with care for people.',
    attribution: { name: 'Mr Terence Wang', role: 'Exchange participant', organisation: 'Greater Bay Area Development Office', city: 'Shenzhen' },
  },
  'zh-Hant': {
    reflection: [
      '我以往亦曾與香港合作，但在政府部門工作三個月，令我從另一角度認識這座城市。',
      '這裏的大學、基礎研究和國際人才令我印象最深；《施政報告》再設100億港元的創科產業引導基金，推動科研成果轉化為產業。',
      '接待我的同事為我度身訂造工作計劃，做事嚴謹，也以人為本。',
    ],
    pull: '在政府部門工作三個月，令我從另一角度認識香港。',
    inline: '接待我的同事為我度身訂造工作計劃，做事嚴謹，也以人為本。',
    attribution: { name: '王先生', role: '交流計劃參加者', organisation: '粵港澳大灣區發展辦公室', city: '深圳' },
  },
  'zh-Hans': {
    reflection: [
      '我以往也曾与香港合作，但在政府部门工作三个月，让我从另一个角度认识这座城市。',
      '这里的大学、基础研究和国际人才令我印象最深；《施政报告》再设100亿港元的创科产业引导基金，推动科研成果转化为产业。',
      '接待我的同事为我量身定制工作计划，做事严谨，也以人为本。',
    ],
    pull: '在政府部门工作三个月，让我从另一个角度认识香港。',
    inline: '接待我的同事为我量身定制工作计划，做事严谨，也以人为本。',
    attribution: { name: '王先生', role: '交流计划参加者', organisation: '粤港澳大湾区发展办公室', city: '深圳' },
  },
};

export const fixtures: Fixture<QuoteBlockProps>[] = [
  ...inEachLanguage<QuoteBlockProps>('reflection', 'Open reflection of three paragraphs with the full attribution', (locale) => ({
    props: { locale, variant: 'reflection', attribution: texts[locale].attribution },
    children: texts[locale].reflection,
  })),
  ...inEachLanguage<QuoteBlockProps>('collapsible', 'Collapsible reflection: the excerpt, the full text behind a disclosure, and a source link', (locale) => ({
    props: { locale, variant: 'reflection', collapsible: true, excerpt: texts[locale].reflection[0], attribution: texts[locale].attribution, cite: '/newsletter/2025-01/three-months-in-hong-kong' },
    children: texts[locale].reflection,
  })),
  ...inEachLanguage<QuoteBlockProps>('pull', 'Pull quote credited to the speaker and his city', (locale) => ({
    props: { locale, variant: 'pull', attribution: { name: texts[locale].attribution.name, city: texts[locale].attribution.city } },
    children: texts[locale].pull,
  })),
  ...inEachLanguage<QuoteBlockProps>('inline', 'Inline quote within body text, credited by name', (locale) => ({
    props: { locale, variant: 'inline', attribution: { name: texts[locale].attribution.name } },
    children: texts[locale].inline,
  })),
  {
    name: 'pull-en-quote-zh-hant',
    description: 'Pull quote kept in its original Traditional Chinese on an English page: quoteLang sets lang and the marks.',
    props: { locale: 'en', variant: 'pull', quoteLang: 'zh-Hant', attribution: texts.en.attribution },
    children: texts['zh-Hant'].pull,
  },
  {
    name: 'pull-zh-hans-quote-en',
    description: 'Pull quote on a Simplified Chinese page quoting English words: quoteLang sets lang and the marks.',
    props: { locale: 'zh-Hans', variant: 'pull', quoteLang: 'en', attribution: { name: texts['zh-Hans'].attribution.name, city: texts['zh-Hans'].attribution.city } },
    children: 'Rigorous, efficient, professional and focused on people.',
  },
];
