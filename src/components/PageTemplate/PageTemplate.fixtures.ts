import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, id, isoDateOrInstant, linksToAnotherLanguage, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import { locales, type Locale } from '../../i18n/locale.js';
import { mastheadDefinition } from '../Masthead/Masthead.definition.js';
import { siteFooterLinkNames } from '../SiteFooter/SiteFooter.definition.js';
import type { PageTemplateProps } from './PageTemplate.js';
import { pageTemplateDefinition as definition } from './PageTemplate.definition.js';
import { docs } from './PageTemplate.docs.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false });
const link = object({ label: text, href: hrefUrl }, ['label', 'href']);

export const schema = contentSchema(definition, docs.description, {
  locale,
  masthead: object({
    title: text,
    homeHref: hrefUrl,
    navigation: { type: 'array', items: object({ label: text, href: hrefUrl, current: { type: 'boolean' } }, ['label', 'href']) },
    collapseNavigation: option(mastheadDefinition, 'collapseNavigation'),
  }),
  languages: { ...object(Object.fromEntries(locales.map((language) => [language, hrefUrl]))), minProperties: 1 },
  textSize: { type: 'boolean', description: 'The text size buttons; they need JavaScript, so a template without React leaves them out (false).' },
  breadcrumbs: { type: 'array', minItems: 1, items: object({ label: text, href: hrefUrl }, ['label']) },
  footer: object({
    links: object(Object.fromEntries(siteFooterLinkNames.map((name) => [name, hrefUrl]))),
    groups: { type: 'array', items: object({ heading: text, links: { type: 'array', minItems: 1, items: link } }, ['links']) },
    copyright: text,
    revisionDate: isoDateOrInstant,
    reviewDate: isoDateOrInstant,
  }),
  backToTop: { type: 'boolean' },
  mainId: id,
  children: paragraphs,
}, [], linksToAnotherLanguage('languages', ['locale']));

// The frame of a plainly fictional office's site (no real department's name, crest or brand) around
// a newsletter article on the 2024 Civil Service Exchange Programme, in each language.
const path = '/newsletter/2025-01/exchange-programme.html';
const prefixes: Record<Locale, string> = { en: '/en', 'zh-Hant': '/tc', 'zh-Hans': '/sc' };

const words: Record<Locale, { title: string; home: string; programme: string; newsletter: string; partners: string; contact: string; copyright: string; page: string; lead: string }> = {
  en: {
    title: 'Example Exchange Office',
    home: 'Home',
    programme: 'Exchange programme',
    newsletter: 'Newsletter',
    partners: 'Partner cities',
    contact: 'Contact us',
    copyright: '© 2025 Example Exchange Office',
    page: 'Thirty Mainland civil servants spend a winter in Hong Kong’s bureaux',
    lead: 'From early December 2024, the 2024 Civil Service Exchange Programme brought officials from five Mainland cities and the Greater Bay Area into HKSAR Government offices.',
  },
  'zh-Hant': {
    title: '示例交流辦公室',
    home: '首頁',
    programme: '交流計劃',
    newsletter: '通訊',
    partners: '合作城市',
    contact: '聯絡我們',
    copyright: '2025 © 示例交流辦公室',
    page: '三十位內地公務員在香港政府部門過冬',
    lead: '由2024年12月初起，2024年公務員交流計劃讓來自五個內地城市及大灣區的公務員到特區政府辦公室工作。',
  },
  'zh-Hans': {
    title: '示例交流办公室',
    home: '首页',
    programme: '交流计划',
    newsletter: '通讯',
    partners: '合作城市',
    contact: '联络我们',
    copyright: '2025 © 示例交流办公室',
    page: '三十位内地公务员在香港政府部门过冬',
    lead: '由2024年12月初起，2024年公务员交流计划让来自五个内地城市及大湾区的公务员到特区政府办公室工作。',
  },
};

/**
 * The site's frame around a short page, in one language. No text size buttons: the fixtures are
 * the HTML a template writes without React, and the buttons need JavaScript.
 */
const page = (locale: Locale): Pick<Fixture<PageTemplateProps>, 'props' | 'children'> => {
  const prefix = prefixes[locale];
  const { title, home, programme, newsletter, partners, contact, copyright } = words[locale];
  return {
    props: {
      locale,
      masthead: {
        title,
        homeHref: `${prefix}/`,
        navigation: [
          { label: home, href: `${prefix}/` },
          { label: programme, href: `${prefix}/programme/` },
          { label: newsletter, href: `${prefix}/newsletter/`, current: true },
          { label: partners, href: `${prefix}/partners/` },
          { label: contact, href: `${prefix}/contact/` },
        ],
      },
      languages: { en: `${prefixes.en}${path}`, 'zh-Hant': `${prefixes['zh-Hant']}${path}`, 'zh-Hans': `${prefixes['zh-Hans']}${path}` },
      textSize: false,
      breadcrumbs: [{ label: home, href: `${prefix}/` }, { label: newsletter, href: `${prefix}/newsletter/` }, { label: words[locale].page }],
      footer: {
        links: {
          accessibility: `${prefix}/accessibility.html`,
          privacy: `${prefix}/privacy.html`,
          copyright: `${prefix}/copyright.html`,
          disclaimer: `${prefix}/notices.html`,
          siteMap: `${prefix}/sitemap.html`,
          contactUs: `${prefix}/contact/`,
        },
        copyright,
        revisionDate: '2025-01-20',
        reviewDate: '2025-07-31',
      },
    },
    children: [words[locale].lead],
  };
};

export const fixtures: Fixture<PageTemplateProps>[] = [
  ...inEachLanguage<PageTemplateProps>(
    'page',
    'A page: skip link, masthead with the language switcher (繁體 / 简体 / English), breadcrumbs, <main>, and the footer with the usual links, the revision and review dates and back to top',
    page,
  ),
  {
    name: 'page-minimal-en',
    description: 'The least a page needs: a site title and the content, with the skip link, <main> and back to top; no switcher, trail or footer links.',
    props: { locale: 'en', masthead: { title: words.en.title }, textSize: false },
    children: 'Page content.',
  },
];
