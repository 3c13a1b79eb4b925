import type { ComponentDefinition } from '../../contract/definition.js';

/** How rows are told apart; the first is the default. */
export const tableVariants = ['ruled', 'zebra'] as const;

export const tableDefinition = {
  name: 'Table',
  parts: ['table', 'caption', 'row', 'header', 'header--numeric', 'row-header', 'cell', 'cell--numeric'],
  modifiers: tableVariants,
  options: { variant: tableVariants },
  slots: ['rows[].header', 'rows[].cells'],
  tokens: {
    table: { rule: 'color.border.subtle', headRule: 'color.border.strong', stripe: 'color.surface.subtle' },
  },
} as const satisfies ComponentDefinition;
