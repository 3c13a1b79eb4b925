import { labelTables, type ComponentDefinition } from '../definition.js';

export const contentsLabels = labelTables({
  en: { label: 'Contents' },
  'zh-Hant': { label: '目錄' },
  'zh-Hans': { label: '目录' },
});

export const contentsListDefinition = {
  name: 'ContentsList',
  description: 'In-page navigation for a long article: a labelled list of links to its sections, the one being read marked.',
  parts: {
    title: 'The visible title, "Contents"; a heading when `headingLevel` is set.',
    list: 'An `<ol>` of links: the top list, with a rule along its start edge.',
    'list--nested': 'A list of subsections inside an item, indented.',
    item: 'One `<li>`: a link, and its subsections.',
    link: 'A link to a section.',
    'link--current': 'The link to the section being read: bold, with an accent bar.',
  },
  labels: { contents: contentsLabels },
  tokens: {
    contents: {
      rule: 'color.border.subtle',
      currentBar: 'color.border.accent',
    },
  },
} as const satisfies ComponentDefinition;
