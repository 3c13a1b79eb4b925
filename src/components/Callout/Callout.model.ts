// Callout's rules, once, for both renderers: the React component (Callout.tsx) and the Nunjucks
// macro (Callout.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { calloutLabels, calloutVariants } from './Callout.definition.js';
import * as styles from './Callout.css.js';

export type CalloutVariant = (typeof calloutVariants)[number];

/** Callout's content props: everything but its content (`children`). */
export interface CalloutContent {
  /**
   * `information`: background or helpful information; `important`: something readers must act on
   * or must not miss. Each has its own icon, so the difference never rests on colour.
   * @default 'information'
   */
  variant?: CalloutVariant;
  /** A short heading, e.g. "Who can take part". Without one, a hidden "Information:" or "Important:" is read before the content. */
  heading?: string;
  /**
   * The level of the heading, to fit the page outline: a callout usually sits inside a section headed by an h2.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * Language of the built-in labels; when given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in labels (`information`, `important`). */
  labels?: Partial<(typeof calloutLabels)['en']>;
}

// 10-unit boxes: the default stroke width of 1 draws a 2-pixel stroke at 20 pixels. The dots are
// strokes of (almost) no length, which round caps draw as dots.
const icons = {
  information: 'M5 .75a4.25 4.25 0 1 1 0 8.5 4.25 4.25 0 0 1 0-8.5ZM5 4.5v2.75M5 2.9v.01',
  important: 'M5 .9 9.4 8.7H.6ZM5 3.9v2.1M5 7.35v.01',
} as const;

/**
 * The callout, from its props (content and, for React, the root's DOM props) and whether its
 * content renders anything (`hasBody`, asked after the heading so that warnings come in prop
 * order): undefined when it has neither a heading nor content; else its root props, its variant's
 * icon, the heading's tag and text or, without a heading, the hidden notice read first
 * ("Important: "), and whether the body renders.
 */
export function calloutModel<Rest extends object>({ variant, heading, headingLevel, locale, labels, ...rest }: CalloutContent & Rest, hasBody: () => boolean) {
  const headingText = textOrUndefined(heading, __DEV__ ? ['Callout', 'heading'] : undefined);
  const body = hasBody();
  if (!headingText && !body) {
    if (__DEV__) warnDev('Callout', 'rendered nothing: it has neither a `heading` nor content (`children`).');
    return undefined;
  }
  const resolvedVariant = optionValue(calloutVariants, variant);
  const resolvedLocale = resolveLocale(locale);
  return {
    root: rootProps(rest, { className: cx(styles.root, styles.variant[resolvedVariant]), locale }),
    icon: icons[resolvedVariant],
    headingTag: headingText ? headingTag(headingLevel, 3) : undefined,
    headingText,
    body,
    notice: headingText ? undefined : `${labelFor(resolvedLocale, calloutLabels, labels, resolvedVariant)}${resolvedLocale === 'en' ? ': ' : '：'}`,
  };
}

/** The macro's model, with the content. */
export function template(params: CalloutContent, { content }: TemplateInput) {
  const model = calloutModel(params, () => content.present);
  return model && { ...model, content };
}
