// Table's rules, once, for every renderer: the React component (Table.tsx) and the Nunjucks macro
// (Table.njk) render what this model says. No React here: a cell that is neither text nor a number
// (a React element, another macro's output) is handed back as it came, for each view to keep what it can render.
import type { ReactNode } from 'react';
import { resolveLocale, validLanguageTag, type LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { cx, hasContent, textOrUndefined } from '../../internal/text.js';
import { templateSlot } from '../../contract/templateSlot.js';
import { tableVariants } from './Table.definition.js';
import * as styles from './Table.css.js';

const componentName = 'Table';

export type TableVariant = (typeof tableVariants)[number];

/** One column of the table. */
export interface TableColumn {
  /** The column's header, e.g. "City", 「城市」. Required: an empty header cell names nothing. */
  label: string;
  /** Figures: the column is end-aligned, in tabular figures, and its cells never break across lines. */
  numeric?: boolean;
  /** The language of the column's cells when it is not the table's (BCP 47), e.g. `zh-Hant` for Chinese names in an English table. */
  lang?: string;
}

/** One row: an optional row header and the cells after it. */
export interface TableRow<Cell = unknown> {
  /** The row's header (`<th scope="row">`), in the first column: what the row is about, e.g. the city. */
  header?: Cell;
  /** The data cells, one per column after the row header. Text, numbers (formatted with grouping: 1,234.5), or elements (a link). `''` is an empty cell. */
  cells: readonly Cell[];
}

/** Table's content props. */
export interface TableContent<Cell = unknown> {
  /** What the table shows, e.g. "The Mainland cities of the Greater Bay Area". It names the table and its scrolling region. */
  caption: string;
  /** The columns, in order; with row headers, the first one heads the row-header column. */
  columns: readonly TableColumn[];
  /** The rows, in order. */
  rows: readonly TableRow<Cell>[];
  /**
   * `ruled`: a thin rule under every row; `zebra`: every second row on a quiet background.
   * @default 'ruled'
   */
  variant?: TableVariant;
  /** The caption's id (the region points to it); a generated one otherwise. */
  captionId?: string;
  /**
   * The table's language, also of its numbers' formatting. When given, the root carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
}

/** A cell as the view writes it: its text (cells given as text or numbers), or else the cell as given, for the view to render. */
export interface TableCellModel {
  text: string | undefined;
  content: unknown;
  numeric: boolean;
  lang: string | undefined;
}

type RootAttributes = ReturnType<typeof rootProps>;

export interface TableModel<Rest> {
  root: Rest & RootAttributes;
  caption: string;
  /** The column headers; a header without a usable label is written as an empty `<td>`. */
  columns: Array<{ label: string | undefined; numeric: boolean; lang: string | undefined }>;
  /** Every row of `rows`, in order. With row headers, `header` is the first cell, a `<th scope="row">`; undefined when the row's header shows nothing: an empty `<td>` then. */
  rows: Array<{ header: TableCellModel | undefined; cells: TableCellModel[] }>;
  /** Whether any row has a header: then every row starts with its header cell. */
  rowHeaders: boolean;
}

const asObject = <T,>(value: unknown): Partial<T> => (typeof value === 'object' && value !== null ? value : {});

/** Table's model, with the caption's id for the region (`captionId`); undefined without a caption, columns or rows. */
export function tableModel<Rest extends object>(
  { caption, columns, rows, variant, captionId: _captionId, locale, ...rest }: TableContent & Rest,
  id: string,
): TableModel<Omit<Rest, keyof TableContent>> | undefined {
  const captionText = textOrUndefined(caption, __DEV__ ? [componentName, 'caption'] : undefined);
  const columnList: unknown[] = Array.isArray(columns) ? columns : [];
  const rowList: unknown[] = Array.isArray(rows) ? rows : [];
  if (!captionText || !columnList.length || !rowList.length) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: it needs a `caption`, `columns` and `rows`.');
    return undefined;
  }
  // Our three languages group and point figures alike (1,234.5), so the locale's own tag will do.
  const numberFormat = new Intl.NumberFormat(resolveLocale(locale), { maximumFractionDigits: 20 });

  const heads = columnList.map((entry) => {
    const { label, numeric, lang } = asObject<TableColumn>(entry);
    const tag = validLanguageTag(lang);
    if (__DEV__ && lang !== undefined && !tag) warnDev(componentName, '`columns[].lang` is not a BCP 47 language tag; left out.');
    return { label: textOrUndefined(label, __DEV__ ? [componentName, 'columns[].label'] : undefined), numeric: numeric === true, lang: tag };
  });
  if (__DEV__ && heads.some((head) => !head.label)) warnDev(componentName, 'a column without a usable `label` has an empty header cell, which names nothing.');

  const cellAt = (value: unknown, column: number): TableCellModel => {
    const { numeric = false, lang } = heads[column] ?? {};
    if (__DEV__ && typeof value === 'number' && !Number.isFinite(value)) warnDev(componentName, `a cell holds ${value}, which is no figure; left empty.`);
    const text = typeof value === 'number' ? (Number.isFinite(value) ? numberFormat.format(value) : '') : typeof value === 'string' ? value : undefined;
    return { text, content: value, numeric, lang };
  };

  const rowHeaders = rowList.some((entry) => asObject<TableRow>(entry).header !== undefined);
  // With row headers, a row's cells start in the second column.
  const offset = rowHeaders ? 1 : 0;
  const bodyRows = rowList.map((entry) => {
    const { header, cells } = asObject<TableRow>(entry);
    if (__DEV__ && !Array.isArray(cells)) warnDev(componentName, '`rows[].cells` must be an array; that row has no cells.');
    const values: unknown[] = Array.isArray(cells) ? cells : [];
    if (__DEV__ && values.length !== heads.length - offset) {
      warnDev(componentName, `a row with ${values.length} cells for ${heads.length - offset} columns: it is rendered as given, and its cells may sit under the wrong headers.`);
    }
    return {
      // A data cell may be empty; a row header names its row, so one that shows nothing is an empty cell instead (and said).
      header: rowHeaders && hasContent(header as ReactNode, __DEV__ ? [componentName, 'rows[].header'] : undefined) ? cellAt(header, 0) : undefined,
      cells: values.map((value, index) => cellAt(value, index + offset)),
    };
  });

  return {
    root: rootProps(rest as Omit<Rest, keyof TableContent> & RootAttributes, { className: cx(styles.root, styles.variant[optionValue(tableVariants, variant)]), locale, labelledBy: id }),
    caption: captionText,
    columns: heads,
    rows: bodyRows,
    rowHeaders,
  };
}

/**
 * A cell's parts in a template: its text, or else what React's `slot` keeps of it (`templateSlot`):
 * another macro's output (a link) as markup, text and figures from lists; nothing when that shows nothing.
 */
const cellParts = ({ text, content }: TableCellModel): unknown[] => (text === undefined ? (templateSlot(content) ?? []) : [text]);

/** The macro's model: Table's own, the caption's id from the macro's id source, and each cell's parts (`cellParts`). */
export function template(params: TableContent, { id }: TemplateInput) {
  // The id stands for the caption, so it is issued only for a caption that shows.
  const caption = textOrUndefined(params.caption);
  const model = caption && tableModel(params, id('bh-table', params.captionId, caption));
  return model && { ...model, cellParts };
}
