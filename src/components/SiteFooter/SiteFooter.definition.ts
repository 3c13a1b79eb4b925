import { labelTables, type ComponentDefinition } from '../definition.js';

/**
 * The usual links of a Hong Kong government site's footer, in the order they are shown when the site
 * gives their URLs (`links`) and no `groups` of its own.
 */
export const siteFooterLinkNames = ['accessibility', 'privacy', 'copyright', 'disclaimer', 'siteMap', 'contactUs'] as const;

export const siteFooterLabels = labelTables({
  en: {
    navigation: 'Footer links',
    accessibility: 'Accessibility',
    privacy: 'Privacy policy',
    copyright: 'Copyright notice',
    disclaimer: 'Important notices',
    siteMap: 'Site map',
    contactUs: 'Contact us',
  },
  'zh-Hant': {
    navigation: '頁尾連結',
    accessibility: '無障礙瀏覽',
    privacy: '私隱政策',
    copyright: '版權告示',
    disclaimer: '重要告示',
    siteMap: '網頁指南',
    contactUs: '聯絡我們',
  },
  'zh-Hans': {
    navigation: '页尾链接',
    accessibility: '无障碍浏览',
    privacy: '私隐政策',
    copyright: '版权告示',
    disclaimer: '重要告示',
    siteMap: '网页指南',
    contactUs: '联络我们',
  },
});

export const siteFooterDefinition = {
  name: 'SiteFooter',
  description: "The site footer: the site's links (the usual Hong Kong set by default), badges, the copyright line, and a slot for the page's dates (RevisionDates).",
  parts: {
    'back-to-top': 'The place for a back-to-top link, at the top of the footer.',
    nav: 'The `<nav>` of the footer links.',
    group: 'One group of links, with its heading.',
    heading: "A group's heading.",
    list: "A group's list of links.",
    link: 'One footer link.',
    badges: 'The badges the site passes in (say an accessibility recognition logo).',
    meta: 'The row of the copyright line and the dates (the `dates` slot, e.g. `<RevisionDates>`).',
    copyright: 'The copyright line.',
  },
  modifiers: {
    grouped: 'More than one group of links: the groups stand in columns that wrap.',
  },
  labels: { footer: siteFooterLabels },
  tokens: {
    siteFooter: {
      background: 'color.surface.subtle',
      rule: 'color.border.accent',
      divider: 'color.border.default',
    },
  },
} as const satisfies ComponentDefinition;
