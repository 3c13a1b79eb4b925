// TextSizeControl's rules, once: the server placeholder (React's first render and the Nunjucks
// macro, TextSizeControl.njk) and the running control (the React client component and the
// framework-free script, TextSizeControl.enhancer.ts) all render what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { cx } from '../../internal/text.js';
import { textSizeLabels, textSizes } from './TextSizeControl.definition.js';
import * as styles from './TextSizeControl.css.js';

export type TextSize = (typeof textSizes)[number];
export type TextSizeLabels = (typeof textSizeLabels)['en'];

/** TextSizeControl's content props. */
export interface TextSizeControlContent {
  /**
   * Language of the built-in labels (the group's name and each button's name). When given, the
   * root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels: `label` (the group), `normal`, `large`, `larger` (the buttons). */
  labels?: Partial<TextSizeLabels>;
}

/** The running control's buttons, from the labels it carries, with `size` pressed: each one's size, name (and tooltip), state and classes. */
export const textSizeButtons = (labels: TextSizeLabels, size: TextSize) =>
  textSizes.map((option) => ({
    size: option,
    name: labels[option],
    pressed: option === size,
    className: cx(styles.button, option === size && styles.pressed),
    glyphClassName: cx(styles.glyph, styles.glyphSize[option]),
  }));

/**
 * The control, from its props (content and, for React, the root's DOM props): the server's
 * placeholder while `size` is undefined (hidden, no buttons, its labels resolved for its locale and
 * `labels` as JSON in `data-labels`, for whatever runs it in the browser), then a named group of
 * three buttons with `size` pressed.
 */
export function textSizeControlModel<Rest extends object>({ locale, labels, ...rest }: TextSizeControlContent & Rest, size?: TextSize) {
  const resolvedLocale = resolveLocale(locale);
  const resolved = Object.fromEntries((['label', ...textSizes] as const).map((key) => [key, labelFor(resolvedLocale, textSizeLabels, labels, key)])) as TextSizeLabels;
  const pending = size === undefined;
  return {
    /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
    root: rootProps(rest, { className: cx(styles.root, pending && styles.pending), locale, label: pending ? undefined : resolved.label }),
    /** The placeholder only: the four labels as JSON, for `data-labels`. */
    labels: pending ? JSON.stringify(resolved) : undefined,
    /** The running control only: its buttons. */
    buttons: pending ? [] : textSizeButtons(resolved, size),
  };
}

/** The macro's model: always the placeholder; text-size.js runs it in the browser. */
export const template = (params: TextSizeControlContent) => textSizeControlModel(params);
