import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useLabelId } from '../../internal/ids.js';
import { slot } from '../../internal/slot.js';
import { cx } from '../../internal/text.js';
import { tableModel, type TableCellModel, type TableContent } from './Table.model.js';
import * as styles from './Table.css.js';

export type { TableColumn, TableRow, TableVariant } from './Table.model.js';

export interface TableProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, TableContent<ReactNode> {}

const componentName = 'Table';

/** A cell's content: its text, or what React can render of an element given as a cell (`where` names the prop in development). */
const content = (cell: TableCellModel, where?: Parameters<typeof slot>[1]) => cell.text ?? slot(cell.content, where);

/**
 * Renders a `<table>` with its `<caption>`, a head row of column headers and a body of rows, inside
 * a `<section>` named by the caption (a region landmark), focusable, that scrolls sideways when the
 * table is wider than it.
 */
export const Table = forwardRef<HTMLElement, TableProps>(function Table(props, ref) {
  const id = useLabelId('bh-table', props.captionId);
  const model = tableModel(props, id);
  if (!model) return null;
  return (
    // A table wider than its column scrolls inside this region; keyboard users must reach it to
    // scroll (WCAG 2.1.1), and without JavaScript we cannot know when it overflows.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section ref={ref} {...model.root} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption} id={id}>
          {model.caption}
        </caption>
        <thead>
          <tr className={styles.row}>
            {model.columns.map(({ label, numeric }, index) =>
              label ? (
                <th key={index} className={cx(styles.header, numeric && styles.headerNumeric)} scope="col">
                  {label}
                </th>
              ) : (
                <td key={index} className={styles.cell} />
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {model.rows.map(({ header, cells }, row) => (
            <tr key={row} className={styles.row}>
              {model.rowHeaders &&
                (header ? (
                  <th className={styles.rowHeader} scope="row" lang={header.lang}>
                    {content(header, __DEV__ ? [componentName, 'rows[].header'] : undefined)}
                  </th>
                ) : (
                  <td className={styles.cell} />
                ))}
              {cells.map((cell, index) => (
                <td key={index} className={cx(styles.cell, cell.numeric && styles.cellNumeric)} lang={cell.lang}>
                  {content(cell, __DEV__ ? [componentName, 'rows[].cells'] : undefined)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
