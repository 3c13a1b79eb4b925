import { labelTables, type ComponentDefinition } from '../definition.js';

export const mastheadLabels = labelTables({
  en: { navigation: 'Main menu' },
  'zh-Hant': { navigation: '主選單' },
  'zh-Hans': { navigation: '主菜单' },
});

export const mastheadDefinition = {
  name: 'Masthead',
  description: "The site header: an optional identity strip, the site's title or logo linking home, the language and text size controls, and the main navigation.",
  parts: {
    identity: 'The strip across the top for content the site passes in (say a link to the government portal).',
    bar: 'The row holding the brand and the tools; the tools wrap below the brand when the row is narrow.',
    brand: 'The site title or logo, or both.',
    home: 'The link home around the logo and the title (when `homeHref` is given).',
    logo: 'The logo the site passes in.',
    title: "The site's title.",
    tools: 'The language switcher and the text size control, at the top right.',
    nav: 'The `<nav>` of the main navigation.',
    'nav-list': 'The list of navigation links; it wraps onto more lines on narrow screens.',
    'nav-link': 'One navigation link (plain text when its URL is unusable).',
    'nav-link--current': 'The link to the page being shown (`aria-current="page"`).',
  },
  labels: { masthead: mastheadLabels },
  tokens: {
    masthead: {
      background: 'color.surface.page',
      identityBackground: 'color.surface.subtle',
      rule: 'color.border.subtle',
      accentRule: 'color.border.accent',
      currentIndicator: 'color.brand.accent',
    },
  },
} as const satisfies ComponentDefinition;
