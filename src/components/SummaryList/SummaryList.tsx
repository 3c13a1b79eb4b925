import { forwardRef, type ComponentPropsWithoutRef, type ReactElement, type ReactNode } from 'react';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { slot } from '../../internal/slot.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link, visuallyHidden } from '../../styles/base.css.js';
import * as styles from './SummaryList.css.js';

const componentName = 'SummaryList';

/** A link that acts on one row, such as "Change". */
export interface SummaryListAction {
  /** The visible text, short: "Change", 「更改」. */
  label: string;
  /** Where the action goes. Unsafe URLs (e.g. `javascript:`) are dropped with the action. */
  href: string;
  /**
   * Hidden text read after the label, so that every "Change" link on the page has its own name:
   * "Change" + "programme period". Defaults to the row's label.
   */
  visuallyHiddenContext?: string;
}

/** One fact. */
export interface SummaryListRow {
  /** What the fact is: "Programme period", 「交流期間」. Rows without a usable label are skipped. */
  label: string;
  /** The fact: text, or elements (a `<time>`, a short list, a link). */
  value?: ReactNode;
  /** Links that act on this row, shown at its end. */
  actions?: readonly SummaryListAction[];
}

export interface SummaryListProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  /** The facts, in reading order. */
  rows: readonly SummaryListRow[];
  /**
   * The language of the content; when given, the root carries `lang`. Chinese joins an action's
   * label and its hidden context without a space (更改交流期間), English with one.
   * @default 'en'
   */
  locale?: LocaleInput;
}


const asObject = <T,>(value: unknown): Partial<T> => (typeof value === 'object' && value !== null ? value : {});

/**
 * Renders a `<dl>`: one `<div>` per row holding the label (`<dt>`), the value (`<dd>`) and any
 * actions (`<dd>`). Label and value sit side by side once the list is 30em wide.
 */
export const SummaryList = forwardRef<HTMLDListElement, SummaryListProps>(function SummaryList({ rows, locale, ...rest }, ref) {
  // Chinese needs no space between "更改" and "交流期間".
  const joiner = resolveLocale(locale) === 'en' ? ' ' : '';
  let withActions = false;
  const items: ReactElement[] = [];

  (Array.isArray(rows) ? rows : []).forEach((entry: unknown, index) => {
    const { label, value, actions } = asObject<SummaryListRow>(entry);
    const labelText = textOrUndefined(label);
    if (!labelText) return;
    const links: ReactElement[] = [];
    (Array.isArray(actions) ? actions : []).forEach((action: unknown, position) => {
      const { label: actionLabel, href, visuallyHiddenContext } = asObject<SummaryListAction>(action);
      const text = textOrUndefined(actionLabel);
      const url = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'rows[].actions[].href'] : undefined);
      if (__DEV__ && !(url && text)) warnDev(componentName, `an action of "${labelText}" has no usable \`label\` and \`href\`; it is not shown.`);
      if (!text || !url) return;
      links.push(
        <a key={position} className={cx(link, styles.action)} href={url}>
          {/* The space outside the hidden text: every name computation keeps it there. */}
          {`${text}${joiner}`}
          <span className={visuallyHidden}>{textOrUndefined(visuallyHiddenContext, __DEV__ ? [componentName, 'rows[].actions[].visuallyHiddenContext'] : undefined) ?? labelText}</span>
        </a>,
      );
    });
    withActions ||= links.length > 0;
    items.push(
      <div key={index} className={styles.row}>
        <dt className={styles.key}>{labelText}</dt>
        <dd className={styles.value}>{slot(value, __DEV__ ? [componentName, 'rows[].value'] : undefined)}</dd>
        {links.length > 0 && (
          <dd className={styles.actions}>
            {links.length === 1 ? (
              links
            ) : (
              <ul className={styles.actionList}>
                {links.map((item) => (
                  <li key={item.key}>{item}</li>
                ))}
              </ul>
            )}
          </dd>
        )}
      </div>,
    );
  });

  if (!items.length) {
    if (__DEV__) warnDev(componentName, '`rows` holds no row with a usable `label`; rendered nothing.');
    return null;
  }
  if (__DEV__ && items.length < (rows as unknown[]).length) warnDev(componentName, `skipped ${(rows as unknown[]).length - items.length} of the \`rows\` without a usable \`label\`.`);

  return (
    <dl ref={ref} {...rootProps(rest, { className: cx(styles.root, withActions && styles.withActions), locale })}>
      {items}
    </dl>
  );
});
