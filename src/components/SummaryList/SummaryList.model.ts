// What SummaryList's macro (SummaryList.njk) writes, decided by the rules SummaryList.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { resolveLocale } from '../../i18n/locale.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { templateSlot } from '../../contract/templateSlot.js';
import * as styles from './SummaryList.css.js';
import type { SummaryListAction, SummaryListProps, SummaryListRow } from './SummaryList.js';

const fields = <T>(value: unknown): Partial<T> => (typeof value === 'object' && value !== null ? value : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The macro's model: the list's root props and its rows, those with a usable label: the label, the
 * value's parts (a slot: text, or another macro's output) and the actions with a usable label and a
 * safe URL, each with its visible text (the space before the hidden context included) and hidden
 * context. Undefined when no row has a usable label.
 */
export function template({ rows, locale }: SummaryListProps) {
  const joiner = resolveLocale(locale) === 'en' ? ' ' : '';
  const shown = list(rows).flatMap((entry) => {
    const { label, value, actions } = fields<SummaryListRow>(entry);
    const labelText = textOrUndefined(label);
    if (!labelText) return [];
    const links = list(actions).flatMap((action) => {
      const { label: actionLabel, href, visuallyHiddenContext } = fields<SummaryListAction>(action);
      const text = textOrUndefined(actionLabel);
      const url = gatedUrl(href, hrefSchemes);
      return text && url ? [{ text: `${text}${joiner}`, href: url, context: textOrUndefined(visuallyHiddenContext) ?? labelText }] : [];
    });
    return [{ label: labelText, value: templateSlot(value), actions: links }];
  });
  if (!shown.length) return undefined;
  return {
    root: rootProps({}, { className: cx(styles.root, shown.some((row) => row.actions.length > 0) && styles.withActions), locale }),
    rows: shown,
  };
}
