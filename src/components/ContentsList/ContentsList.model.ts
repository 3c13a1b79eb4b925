// What ContentsList's macro (ContentsList.njk) writes, decided by the rules ContentsList.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { fragmentId } from '../../internal/ids.js';
import { textOrUndefined } from '../../internal/text.js';
import { contentsLabels } from './ContentsList.definition.js';
import * as styles from './ContentsList.css.js';
import type { ContentsItem, ContentsListProps } from './ContentsList.js';

/** A contents entry the macro writes: its link's text, target and whether it is current, and its subsections. */
export interface ContentsEntry {
  text: string;
  href: string;
  current: boolean;
  items?: ContentsEntry[] | undefined;
}

/**
 * The macro's model: the nav's root props (named by the title), the title's tag and text, and the
 * entries with a usable label and id, one level of subsections deep. Undefined when none is usable.
 */
export function template({ items, current, headingLevel, locale, labels }: ContentsListProps) {
  const title = labelFor(resolveLocale(locale), contentsLabels, labels, 'label');
  const currentId = fragmentId(current);
  const entries = (list: unknown, nested: boolean): ContentsEntry[] | undefined => {
    if (!Array.isArray(list)) return undefined;
    const shown = list.flatMap((entry: unknown) => {
      const { label, id, items: children }: Partial<ContentsItem> = typeof entry === 'object' && entry !== null ? entry : {};
      const text = textOrUndefined(label);
      const target = fragmentId(id);
      return text && target ? [{ text, href: `#${target}`, current: target === currentId, items: nested ? undefined : entries(children, true) }] : [];
    });
    return shown.length ? shown : undefined;
  };
  const list = entries(items, false);
  return (
    list && {
      root: rootProps({}, { className: styles.root, locale, label: title }),
      title: { tag: headingLevel == null ? 'p' : headingTag(headingLevel, 2), text: title },
      items: list,
    }
  );
}
