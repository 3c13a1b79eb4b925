/**
 * The frame of the demo site, a plainly fictional office of a Hong Kong government site: no real
 * department's name, crest or brand. Used by the site shell of the pages.
 */
import type { BreadcrumbItem, Locale, MastheadNavigationItem } from 'bauhinia-ui';

/** The path prefix of each language version, as Hong Kong government sites write it. */
export const languagePaths: Record<Locale, string> = { en: '/en', 'zh-Hant': '/tc', 'zh-Hans': '/sc' };

/** The same page in every language: `path` is the page's path after the language prefix. */
export const languageLinks = (path: string): Record<Locale, string> => ({
  en: `${languagePaths.en}${path}`,
  'zh-Hant': `${languagePaths['zh-Hant']}${path}`,
  'zh-Hans': `${languagePaths['zh-Hans']}${path}`,
});

export interface DemoSite {
  /** The site's name in the masthead, linking home. */
  title: string;
  /** The government-wide link in the identity strip above the masthead. */
  portal: { label: string; href: string };
  navigation: MastheadNavigationItem[];
  /** The trail to the newsletter's pages: home and the newsletter itself. */
  breadcrumbs: Required<BreadcrumbItem>[];
  /** Where the footer's usual links go. */
  footerLinks: { accessibility: string; privacy: string; copyright: string; disclaimer: string; siteMap: string; contactUs: string };
  copyright: string;
  /** The site's search page, which the masthead's search form sends to. */
  searchHref: string;
  /** Where the page feedback goes, and the page for reporting a problem with a page. */
  feedbackHref: string;
  reportHref: string;
}

function siteIn(locale: Locale, texts: { title: string; portal: string; home: string; programme: string; newsletter: string; partners: string; contact: string; copyright: string }): DemoSite {
  const prefix = languagePaths[locale];
  return {
    title: texts.title,
    portal: { label: texts.portal, href: 'https://www.example.gov.hk/' },
    navigation: [
      { label: texts.home, href: `${prefix}/` },
      { label: texts.programme, href: `${prefix}/programme/` },
      { label: texts.newsletter, href: `${prefix}/newsletter/`, current: true },
      { label: texts.partners, href: `${prefix}/partners/` },
      { label: texts.contact, href: `${prefix}/contact/` },
    ],
    breadcrumbs: [
      { label: texts.home, href: `${prefix}/` },
      { label: texts.newsletter, href: `${prefix}/newsletter/` },
    ],
    footerLinks: {
      accessibility: `${prefix}/accessibility.html`,
      privacy: `${prefix}/privacy.html`,
      copyright: `${prefix}/copyright.html`,
      disclaimer: `${prefix}/notices.html`,
      siteMap: `${prefix}/sitemap.html`,
      contactUs: `${prefix}/contact/`,
    },
    copyright: texts.copyright,
    searchHref: `${prefix}/search/`,
    feedbackHref: `${prefix}/feedback/`,
    reportHref: `${prefix}/contact/?subject=page-problem`,
  };
}

export const site: Record<Locale, DemoSite> = {
  en: siteIn('en', {
    title: 'Example Exchange Office',
    portal: 'Example government portal',
    home: 'Home',
    programme: 'Exchange programme',
    newsletter: 'Newsletter',
    partners: 'Partner cities',
    contact: 'Contact us',
    copyright: '© 2025 Example Exchange Office',
  }),
  'zh-Hant': siteIn('zh-Hant', {
    title: '示例交流辦公室',
    portal: '示例政府網站',
    home: '首頁',
    programme: '交流計劃',
    newsletter: '通訊',
    partners: '合作城市',
    contact: '聯絡我們',
    copyright: '2025 © 示例交流辦公室',
  }),
  'zh-Hans': siteIn('zh-Hans', {
    title: '示例交流办公室',
    portal: '示例政府网站',
    home: '首页',
    programme: '交流计划',
    newsletter: '通讯',
    partners: '合作城市',
    contact: '联络我们',
    copyright: '2025 © 示例交流办公室',
  }),
};

/** The pages' last revision and review dates. */
export const pageDates = { revisionDate: '2025-01-20', reviewDate: '2025-07-31' } as const;
