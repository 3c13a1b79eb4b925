import { forwardRef, type ComponentPropsWithoutRef, type ReactElement } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { usableId } from '../../internal/ids.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link as linkClass } from '../../styles/base.css.js';
import { contentsLabels } from './ContentsList.definition.js';
import * as styles from './ContentsList.css.js';

const componentName = 'ContentsList';

/** One entry of the contents: a section of the page, and optionally its subsections. */
export interface ContentsItem {
  /** The section's heading, or a shorter form of it. */
  label: string;
  /** The section's id, without `#` (a leading `#` is ignored). Entries without a usable id (empty, with white space) are skipped. */
  id: string;
  /** Subsections, one level deep: their own `items` are ignored. */
  items?: ReadonlyArray<Omit<ContentsItem, 'items'>>;
}

export interface ContentsListProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  /** The sections of the page, in page order. */
  items: readonly ContentsItem[];
  /** The id of the section being read: its link carries `aria-current="true"` and is marked. */
  current?: string;
  /**
   * Renders the title ("Contents") as a heading of this level. Without it the title is a paragraph
   * (the `nav` is named by the same words either way).
   * @default undefined (no heading)
   */
  headingLevel?: HeadingLevel;
  /**
   * The language of the built-in title; when given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in title ("Contents" / 目錄 / 目录), which also names the `nav`. */
  labels?: Partial<(typeof contentsLabels)['en']>;
}

/** A usable id from a caller's id or `#id`. */
const targetOf = (id: unknown) => usableId(typeof id === 'string' ? id.replace(/^#/, '') : id);

/**
 * Renders a `<nav>` named by its title, holding an ordered list of `#id` links with one level of
 * nested lists; the link of the section being read carries `aria-current`.
 */
export const ContentsList = forwardRef<HTMLElement, ContentsListProps>(function ContentsList(
  { items, current, headingLevel, locale, labels, ...rest },
  ref,
) {
  const title = labelFor(resolveLocale(locale), contentsLabels, labels, 'label');
  const currentId = targetOf(current);
  let skipped = 0;

  // One item per usable entry; wrong-typed entries (null, strings) read as empty and are skipped.
  const listOf = (entries: unknown, nested: boolean): ReactElement | undefined => {
    if (!Array.isArray(entries)) return undefined;
    const rendered = entries.flatMap((entry: unknown, index) => {
      const { label, id, items: children }: Partial<ContentsItem> = typeof entry === 'object' && entry !== null ? entry : {};
      const text = textOrUndefined(label);
      const target = targetOf(id);
      if (!text || !target) {
        skipped += 1;
        return [];
      }
      const isCurrent = target === currentId || undefined;
      return [
        <li key={index} className={styles.item}>
          <a className={cx(linkClass, styles.link, isCurrent && styles.current)} href={gatedUrl(`#${target}`, hrefSchemes)} aria-current={isCurrent}>
            {text}
          </a>
          {!nested && listOf(children, true)}
        </li>,
      ];
    });
    return rendered.length ? <ol className={cx(styles.list, nested && styles.nestedList)}>{rendered}</ol> : undefined;
  };

  const list = listOf(items, false);
  if (__DEV__ && skipped) warnDev(componentName, `skipped ${skipped} \`items\` without a usable \`label\` and \`id\`.`);
  if (!list) {
    if (__DEV__) warnDev(componentName, 'no usable `items`; rendered nothing.');
    return null;
  }
  const Title = headingLevel == null ? 'p' : headingTag(headingLevel, 2);
  return (
    <nav ref={ref} {...rootProps(rest, { className: styles.root, locale, label: title })}>
      <Title className={styles.title}>{title}</Title>
      {list}
    </nav>
  );
});
