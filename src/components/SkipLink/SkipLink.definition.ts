import { labelTables, type ComponentDefinition } from '../definition.js';

/** When the link shows; the first is the default. */
export const skipLinkVisibilities = ['on-focus', 'always'] as const;

export const skipLinkLabels = labelTables({
  en: { skipToMain: 'Skip to main content' },
  'zh-Hant': { skipToMain: '跳至主要內容' },
  'zh-Hans': { skipToMain: '跳至主要内容' },
});

export const skipLinkDefinition = {
  name: 'SkipLink',
  description: "The page's first link: jumps past the masthead and navigation to the main content.",
  parts: {},
  modifiers: {
    'on-focus': 'Hidden until it has keyboard focus, then shown as a box at the top of the page.',
    always: 'Always shown, for sites that want every reader to see it.',
  },
  options: { visibility: skipLinkVisibilities },
  labels: { skipLink: skipLinkLabels },
  tokens: {
    skipLink: { background: 'color.brand.primary', text: 'color.brand.onPrimary' },
  },
} as const satisfies ComponentDefinition;
