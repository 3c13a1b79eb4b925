import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const mastheadLabels = labelTables({
  en: { navigation: 'Main menu', menu: 'Menu' },
  'zh-Hant': { navigation: '主選單', menu: '選單' },
  'zh-Hans': { navigation: '主菜单', menu: '菜单' },
});

/** When the navigation collapses behind the Menu on narrow screens; the first is the default. */
export const mastheadCollapseNavigation = ['auto', 'never'] as const;

export const mastheadDefinition = {
  name: 'Masthead',
  parts: ['identity', 'bar', 'brand', 'home', 'logo', 'title', 'tools', 'nav-row', 'nav', 'menu', 'menu-button', 'nav-list', 'nav-link', 'nav-link--current', 'search'],
  options: { collapseNavigation: mastheadCollapseNavigation },
  labels: { masthead: mastheadLabels },
  slots: ['logo', 'identity', 'languageSwitcher', 'textSize', 'search'],
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
