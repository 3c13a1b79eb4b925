import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { languageLinks, pageDates, site } from '../../pages/content/site.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, hrefUrl, id, isoDateOrInstant, locale, option, paragraphs, text } from '../../fixtures/schema.js';
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
    groups: { type: 'array', minItems: 1, items: object({ heading: text, links: { type: 'array', minItems: 1, items: link } }, ['links']) },
    copyright: text,
    revisionDate: isoDateOrInstant,
    reviewDate: isoDateOrInstant,
  }),
  backToTop: { type: 'boolean' },
  mainId: id,
  children: paragraphs,
});

const path = '/newsletter/2025-01/exchange-programme.html';

/**
 * The demo site's frame around a short page, in one language. No text size buttons: the fixtures are
 * the HTML a template writes without React, and the buttons need JavaScript.
 */
const page = (language: Locale, name: string, description: string): Fixture<PageTemplateProps> => {
  const { title, navigation, breadcrumbs, footerLinks, copyright } = site[language];
  const { article } = exchangeProgramme[language];
  return {
    name,
    description,
    props: {
      locale: language,
      masthead: { title, homeHref: navigation[0]!.href, navigation },
      languages: languageLinks(path),
      textSize: false,
      breadcrumbs: [...breadcrumbs, { label: article.title }],
      footer: { links: footerLinks, copyright, ...pageDates },
    },
    children: [article.lead],
  };
};

export const fixtures: Fixture<PageTemplateProps>[] = [
  page('zh-Hant', 'page-zh-hant', 'A Traditional Chinese page: skip link, masthead with 繁體 / 简体 / English, breadcrumbs, <main>, and the footer with the usual links, 修訂日期 and 覆檢日期 and 返回頁首.'),
  page('en', 'page-en', 'The same page in English.'),
  page('zh-Hans', 'page-zh-hans', 'The same page in Simplified Chinese.'),
  {
    name: 'page-minimal-en',
    description: 'The least a page needs: a site title and the content, with the skip link, <main> and back to top; no switcher, trail or footer links.',
    props: { locale: 'en', masthead: { title: site.en.title }, textSize: false },
    children: 'Page content.',
  },
];
