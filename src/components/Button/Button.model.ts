// Button's rules, once, for every renderer: the React component (Button.tsx) and the Nunjucks macro
// (Button.njk) render exactly what this model says. No React here.
import type { LocaleInput } from '../../i18n/locale.js';
import { rootProps, type RootDomProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { warnDev } from '../../internal/devWarning.js';
import { fieldName } from '../../internal/formFields.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { buttonTypes, buttonVariants } from './Button.definition.js';
import * as styles from './Button.css.js';

export type ButtonVariant = (typeof buttonVariants)[number];
export type ButtonType = (typeof buttonTypes)[number];

const componentName = 'Button';

/** Button's content props: everything but its text (`children`). */
export interface ButtonContent {
  /**
   * `primary`: the main action, filled; `secondary`: an action beside it, outlined; `start`: the
   * start of a service, a larger primary button with an arrow.
   * @default 'primary'
   */
  variant?: ButtonVariant;
  /**
   * Makes it a link (`<a>`) that looks like a button, for an action that goes to another page. Only
   * http(s), mailto, tel and relative URLs are kept; with an unusable one nothing is rendered (a
   * control that goes nowhere is worse than none).
   */
  href?: string;
  /**
   * What the `<button>` does: `submit` sends its form, `reset` clears it, `button` nothing without
   * your own script. Always written out. Not for links.
   * @default 'submit'
   */
  type?: ButtonType;
  /** The `<button>`'s field name, sent with `value` when it sends the form (two answers, one name). Not for links. */
  name?: string;
  /** The value sent under `name` when this button sends the form. Not for links. */
  value?: string;
  /** Only sets `lang` on the element, when its text is in another language than its surroundings. */
  locale?: LocaleInput;
}

/** The arrow of a start button: an 8-unit box, so the default stroke draws a 2-unit line at 16 units. */
export const startIcon = { viewBox: '0 0 8 8', d: 'M1.25 4h5.5M4.25 1.5 6.75 4l-2.5 2.5' } as const;

/** What a Button renders: the decisions its props lead to. */
export interface ButtonModel<Rest> {
  /** The element's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
  root: Rest & RootDomProps;
  /** A link: its gated URL. Undefined for a `<button>`. */
  href: string | undefined;
  /** A `<button>`: its type, and the name and value it sends. Undefined for a link. */
  button: { type: ButtonType; name: string | undefined; value: string | undefined } | undefined;
  /** The start button's arrow, after the text. */
  icon: typeof startIcon | undefined;
}

/**
 * Button's model, from its props (content and, for React, the element's DOM props); undefined when
 * it has no text (`hasText` false) or its `href` is unusable, so nothing renders.
 */
export function buttonModel<Rest extends object>(
  { variant, href, type, name, value, locale, ...rest }: ButtonContent & Rest,
  hasText: boolean,
): ButtonModel<Omit<Rest, keyof ButtonContent>> | undefined {
  if (!hasText) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: `children` (the text) is empty.');
    return undefined;
  }
  const resolvedVariant = optionValue(buttonVariants, variant);
  const isLink = href != null;
  const url = isLink ? gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'href'] : undefined) : undefined;
  if (isLink && !url) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: `href` is not a usable URL.');
    return undefined;
  }
  if (__DEV__ && isLink) {
    for (const [prop, given] of Object.entries({ type, name, value })) {
      if (given != null) warnDev(componentName, `\`${prop}\` is for a <button>; ignored on a link (\`href\`).`);
    }
  }
  if (__DEV__ && value != null && typeof value !== 'string') warnDev(componentName, `\`value\` must be a string; ignored a ${typeof value}.`);
  return {
    root: rootProps(rest, { className: cx(styles.root, styles.variant[resolvedVariant]), locale }),
    href: url,
    button: isLink
      ? undefined
      : {
          type: optionValue(buttonTypes, type),
          name: fieldName(name, __DEV__ ? [componentName, 'name'] : undefined),
          value: typeof value === 'string' ? value : undefined,
        },
    icon: resolvedVariant === 'start' ? startIcon : undefined,
  };
}

/** The macro's model: Button's own, with its text (the macro's children, by the fixture contract). */
export function template(params: ButtonContent, { content }: TemplateInput) {
  const model = buttonModel(params, content.present);
  return model && { ...model, content };
}
