import { labelTables, type ComponentDefinition } from '../definition.js';

/** Where the link sits; the first is the default. */
export const backToTopVariants = ['inline', 'floating'] as const;

export const backToTopLabels = labelTables({
  en: { backToTop: 'Back to top' },
  'zh-Hant': { backToTop: '返回頁首' },
  'zh-Hans': { backToTop: '返回页首' },
});

export const backToTopDefinition = {
  name: 'BackToTop',
  description: 'A plain link back to the top of the page, in the flow or floating in the corner of a long page.',
  parts: {
    icon: 'The up arrow, hidden from screen readers.',
  },
  modifiers: {
    inline: 'In the flow of the page, e.g. at the end of an article or in the footer.',
    floating: 'Sticks to the bottom inline-end corner while its container scrolls past, on wide and tall enough screens.',
  },
  options: { variant: backToTopVariants },
  labels: { backToTop: backToTopLabels },
  tokens: {
    backToTop: { background: 'color.surface.raised', border: 'color.border.default' },
  },
} as const satisfies ComponentDefinition;
