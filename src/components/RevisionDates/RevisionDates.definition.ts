import { labelTables, type ComponentDefinition } from '../definition.js';

/** The dates a page can show, in the order they are shown: the keys of the props and of the labels. */
export const revisionDateNames = ['revisionDate', 'reviewDate'] as const;

export const revisionDatesLabels = labelTables({
  en: { revisionDate: 'Last revision date', reviewDate: 'Review date' },
  'zh-Hant': { revisionDate: '修訂日期', reviewDate: '覆檢日期' },
  'zh-Hans': { revisionDate: '修订日期', reviewDate: '复检日期' },
});

export const revisionDatesDefinition = {
  name: 'RevisionDates',
  description: "A page's last revision date and review date (修訂日期, 覆檢日期) as a description list, for the site footer or the end of the content.",
  parts: {
    date: 'One date: the `<div>` of its label and its value.',
    label: 'The `<dt>` of a date ("Last revision date", 修訂日期), followed by a drawn colon.',
  },
  labels: { revisionDates: revisionDatesLabels },
} as const satisfies ComponentDefinition;
