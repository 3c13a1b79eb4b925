import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** Where the link sits; the first is the default. */
export const backToTopVariants = ['inline', 'floating'] as const;

export const backToTopLabels = labelTables({
  en: { backToTop: 'Back to top' },
  'zh-Hant': { backToTop: '返回頁首' },
  'zh-Hans': { backToTop: '返回页首' },
});

export const backToTopDefinition = {
  name: 'BackToTop',
  parts: ['icon'],
  modifiers: backToTopVariants,
  options: { variant: backToTopVariants },
  labels: { backToTop: backToTopLabels },
  tokens: {
    backToTop: { background: 'color.surface.raised', border: 'color.border.default' },
  },
} as const satisfies ComponentDefinition;
