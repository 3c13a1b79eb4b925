import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The dates a page can show, in the order they are shown: the keys of the props and of the labels. */
export const revisionDateNames = ['revisionDate', 'reviewDate'] as const;

export const revisionDatesLabels = labelTables({
  en: { revisionDate: 'Last revision date', reviewDate: 'Review date' },
  'zh-Hant': { revisionDate: '修訂日期', reviewDate: '覆檢日期' },
  'zh-Hans': { revisionDate: '修订日期', reviewDate: '复检日期' },
});

export const revisionDatesDefinition = {
  name: 'RevisionDates',
  parts: ['date', 'label'],
  labels: { revisionDates: revisionDatesLabels },
} as const satisfies ComponentDefinition;
