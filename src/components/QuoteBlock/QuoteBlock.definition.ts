import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The three looks of a quote; the first is the default. */
export const quoteVariants = ['reflection', 'pull', 'inline'] as const;

export const quoteLabels = labelTables({
  en: { readFullReflection: 'Read the full reflection', source: 'Source' },
  'zh-Hant': { readFullReflection: '閱讀完整感想', source: '來源' },
  'zh-Hans': { readFullReflection: '阅读完整感想', source: '来源' },
});

export const quoteBlockDefinition = {
  name: 'QuoteBlock',
  parts: ['quote', 'details', 'summary', 'caption', 'speaker', 'source'],
  modifiers: quoteVariants,
  options: { variant: quoteVariants },
  labels: { quote: quoteLabels },
  tokens: {
    quote: {
      markColor: 'color.brand.accent',
      ruleColor: 'color.border.accent',
      background: 'color.surface.subtle',
    },
  },
} as const satisfies ComponentDefinition;
