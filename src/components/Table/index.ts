export { Table } from './Table.js';
export type { TableColumn, TableProps, TableRow, TableVariant } from './Table.js';
export { tableDefinition, tableVariants } from './Table.definition.js';
