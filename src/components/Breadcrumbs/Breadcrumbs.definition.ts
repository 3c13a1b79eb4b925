import { labelTables, type ComponentDefinition } from '../definition.js';

export const breadcrumbsLabels = labelTables({
  en: { breadcrumb: 'Breadcrumb' },
  'zh-Hant': { breadcrumb: '導覽路徑' },
  'zh-Hans': { breadcrumb: '导览路径' },
});

export const breadcrumbsDefinition = {
  name: 'Breadcrumbs',
  description: 'Where the page sits in the site: links to the pages above it, ending with the current page.',
  parts: {
    list: 'The `<ol>` of the trail, from the home page down.',
    item: 'One step: the `<li>`. Every step after the first opens with a chevron drawn by CSS.',
    'item--current': 'The last step, the current page: plain text with `aria-current="page"`.',
    link: 'The link to a page above this one.',
  },
  labels: { breadcrumbs: breadcrumbsLabels },
  tokens: {
    breadcrumbs: { separator: 'color.text.muted' },
  },
} as const satisfies ComponentDefinition;
