import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const mastheadLabels = labelTables({
  en: { navigation: 'Main menu' },
  'zh-Hant': { navigation: '主選單' },
  'zh-Hans': { navigation: '主菜单' },
});

export const mastheadDefinition = {
  name: 'Masthead',
  parts: ['identity', 'bar', 'brand', 'home', 'logo', 'title', 'tools', 'nav', 'nav-list', 'nav-link', 'nav-link--current'],
  labels: { masthead: mastheadLabels },
  slots: ['logo', 'identity', 'languageSwitcher', 'textSize'],
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
