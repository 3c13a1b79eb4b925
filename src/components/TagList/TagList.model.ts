// TagList's rules, once, for both renderers: the React component (TagList.tsx) and the Nunjucks
// macro (TagList.njk) render exactly what this model says. No React here. Each tag is a Tag, whose
// own model decides its link and tone.
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import { warnDev } from '../../internal/devWarning.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import type { TagTone } from '../Tag/Tag.model.js';
import { tagListLabels } from './TagList.definition.js';
import * as styles from './TagList.css.js';

const componentName = 'TagList';

/** One tag of the list. */
export interface TagListItem {
  /** The tag's text, e.g. "Greater Bay Area". Items without a usable label are skipped. */
  label: string;
  /** Makes the tag a link to the topic's page. Unusable URLs are dropped and the tag stays plain text. */
  href?: string;
  /** @default 'neutral' */
  tone?: TagTone;
}

/** TagList's content props. */
export interface TagListContent {
  /** The tags, in reading order. Nothing is rendered when none has a usable label. */
  items: readonly TagListItem[];
  /**
   * The list's name.
   * @default labels.label ("Topics", 「主題」, 「主题」)
   */
  label?: string;
  /**
   * Reads the name to screen readers only. Keep it shown where the tags could be mistaken for
   * something else (links of the page, categories of a search).
   * @default false
   */
  hideLabel?: boolean;
  /** The label's id (the list points to it); a generated one otherwise. */
  labelId?: string;
  /**
   * The language of the built-in label; when given, the root carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in label (`label`). */
  labels?: Partial<(typeof tagListLabels)['en']>;
}

type RootAttributes = ReturnType<typeof rootProps>;

export interface TagListModel<Rest> {
  root: Rest & RootAttributes;
  /** The label's text, and its class: visually hidden too when it is read only (`hideLabel`). */
  label: { text: string; className: string };
  /** The tags that have a label: each one Tag's props, keyed by its place in `items`. */
  items: Array<{ key: number; label: string; href: unknown; tone: unknown }>;
}

/** TagList's model, with the label's id (`id`); undefined when no item has a usable label. */
export function tagListModel<Rest extends object>(
  { items, label, hideLabel, labelId: _labelId, locale, labels, ...rest }: TagListContent & Rest,
): TagListModel<Omit<Rest, keyof TagListContent>> | undefined {
  const entries: unknown[] = Array.isArray(items) ? items : [];
  const tags: TagListModel<never>['items'] = [];
  entries.forEach((entry, key) => {
    // Wrong-typed entries (null, strings) read as empty and are skipped.
    const { label: text, href, tone }: Partial<TagListItem> = typeof entry === 'object' && entry !== null ? entry : {};
    const shown = textOrUndefined(text, __DEV__ ? [componentName, 'items[].label'] : undefined);
    if (shown) tags.push({ key, label: shown, href, tone });
  });
  if (!tags.length) {
    if (__DEV__) warnDev(componentName, Array.isArray(items) ? 'no entry of `items` has a usable `label`; rendered nothing.' : '`items` must be an array; rendered nothing.');
    return undefined;
  }
  if (__DEV__ && tags.length < entries.length) warnDev(componentName, `skipped ${entries.length - tags.length} of the \`items\` without a usable \`label\`.`);
  return {
    root: rootProps(rest as Omit<Rest, keyof TagListContent> & RootAttributes, { className: styles.root, locale }),
    label: {
      text: textOrUndefined(label, __DEV__ ? [componentName, 'label'] : undefined) ?? labelFor(resolveLocale(locale), tagListLabels, labels, 'label'),
      className: cx(styles.label, hideLabel === true && visuallyHidden),
    },
    items: tags,
  };
}

/** The macro's model, with the label's id (the caller's `labelId`, or one made from the label's text). */
export function template(params: TagListContent, { id }: TemplateInput) {
  const model = tagListModel(params);
  return model && { ...model, labelId: id('bh-tags', params.labelId, model.label.text) };
}
