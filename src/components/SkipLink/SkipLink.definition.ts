import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** When the link shows; the first is the default. */
export const skipLinkVisibilities = ['on-focus', 'always'] as const;

export const skipLinkLabels = labelTables({
  en: { skipToMain: 'Skip to main content' },
  'zh-Hant': { skipToMain: '跳至主要內容' },
  'zh-Hans': { skipToMain: '跳至主要内容' },
});

export const skipLinkDefinition = {
  name: 'SkipLink',
  parts: [],
  modifiers: skipLinkVisibilities,
  options: { visibility: skipLinkVisibilities },
  labels: { skipLink: skipLinkLabels },
  tokens: {
    skipLink: { background: 'color.brand.primary', text: 'color.brand.onPrimary' },
  },
} as const satisfies ComponentDefinition;
