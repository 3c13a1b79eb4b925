import type { ComponentDefinition } from '../../contract/definition.js';

export const summaryListDefinition = {
  name: 'SummaryList',
  parts: ['row', 'key', 'value', 'actions', 'action-list', 'action'],
  modifiers: ['with-actions'],
  slots: ['rows[].value'],
  tokens: {
    summaryList: { rule: 'color.border.subtle' },
  },
} as const satisfies ComponentDefinition;
