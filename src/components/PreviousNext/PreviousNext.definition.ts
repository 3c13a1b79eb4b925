import { labelTables, type ComponentDefinition } from '../definition.js';

export const previousNextLabels = labelTables({
  en: { label: 'Previous and next articles', previous: 'Previous article', next: 'Next article' },
  'zh-Hant': { label: '上一篇及下一篇文章', previous: '上一篇', next: '下一篇' },
  'zh-Hans': { label: '上一篇及下一篇文章', previous: '上一篇', next: '下一篇' },
});

export const previousNextDefinition = {
  name: 'PreviousNext',
  description: 'The previous and next article of a sequence, each a link with its title.',
  parts: {
    link: 'The link to the previous or the next article: its direction above its title.',
    'link--previous': 'The link to the previous article.',
    'link--next': 'The link to the next article.',
    direction: '"Previous article" or "Next article", with its arrow.',
    title: "The neighbouring article's title.",
  },
  labels: { previousNext: previousNextLabels },
} as const satisfies ComponentDefinition;
