import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const siteFooterLabels = labelTables({
  en: { navigation: 'Footer links' },
  'zh-Hant': { navigation: '頁尾連結' },
  'zh-Hans': { navigation: '页尾链接' },
});

/** The usual links of a Hong Kong government site's footer, in the order `standardFooterLinks` gives them. */
export const siteFooterLinkNames = ['accessibility', 'privacy', 'copyright', 'disclaimer', 'siteMap', 'contactUs'] as const;

/** The texts of those links, which `standardFooterLinks` writes; SiteFooter itself never reads them. */
export const siteFooterLinkLabels = labelTables({
  en: {
    accessibility: 'Accessibility',
    privacy: 'Privacy policy',
    copyright: 'Copyright notice',
    disclaimer: 'Important notices',
    siteMap: 'Site map',
    contactUs: 'Contact us',
  },
  'zh-Hant': {
    accessibility: '無障礙瀏覽',
    privacy: '私隱政策',
    copyright: '版權告示',
    disclaimer: '重要告示',
    siteMap: '網頁指南',
    contactUs: '聯絡我們',
  },
  'zh-Hans': {
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
  parts: ['back-to-top', 'nav', 'group', 'heading', 'list', 'link', 'badges', 'meta', 'copyright'],
  modifiers: ['grouped'],
  labels: { footer: siteFooterLabels, footerLinks: siteFooterLinkLabels },
  slots: ['badges', 'dates', 'backToTop'],
  tokens: {
    siteFooter: {
      background: 'color.surface.subtle',
      rule: 'color.border.accent',
      divider: 'color.border.default',
    },
  },
} as const satisfies ComponentDefinition;
