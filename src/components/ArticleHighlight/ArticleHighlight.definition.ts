import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The layouts an ArticleHighlight can take; the first is the default. */
export const articleHighlightVariants = ['feature', 'teaser', 'compact'] as const;

export const articleLabels = labelTables({
  en: { published: 'Published' },
  'zh-Hant': { published: '發佈日期' },
  'zh-Hans': { published: '发布日期' },
});

export const articleHighlightDefinition = {
  name: 'ArticleHighlight',
  parts: ['content', 'kicker', 'title', 'link', 'lead', 'meta', 'figure', 'image', 'caption', 'body'],
  modifiers: ['feature', 'teaser', 'compact', 'linked'],
  options: { variant: articleHighlightVariants },
  labels: { article: articleLabels },
  tokens: {
    article: {
      kickerColor: 'color.text.accent',
      ruleColor: 'color.border.accent',
      ruleWidth: 'borderWidth.accent',
      cardBackground: 'color.surface.raised',
      cardBorder: 'color.border.subtle',
    },
  },
} as const satisfies ComponentDefinition;
