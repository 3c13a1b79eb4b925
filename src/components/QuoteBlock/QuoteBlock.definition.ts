import { labelTables, type ComponentDefinition } from '../definition.js';

/** The three looks of a quote; the first is the default. */
export const quoteVariants = ['reflection', 'pull', 'inline'] as const;

export const quoteLabels = labelTables({
  en: { readFullReflection: 'Read the full reflection', source: 'Source' },
  'zh-Hant': { readFullReflection: '閱讀完整感想', source: '來源' },
  'zh-Hans': { readFullReflection: '阅读完整感想', source: '来源' },
});

export const quoteBlockDefinition = {
  name: 'QuoteBlock',
  description: 'A quotation or a long first-person reflection, with its attribution and source.',
  parts: {
    quote: 'Each `<blockquote>`: the quotation, and the excerpt of a collapsed reflection.',
    details: 'The `<details>` holding the full text of a collapsible reflection.',
    summary: 'The `<summary>` that opens the full reflection.',
    caption: 'The `<figcaption>`: attribution and source.',
    speaker: "The speaker's name, emphasised.",
    source: 'The link to the source.',
  },
  modifiers: {
    reflection: 'Long first-person text with an accent rule; optionally collapsible.',
    pull: 'A short quote set large.',
    inline: 'A quiet quote within body text.',
  },
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
