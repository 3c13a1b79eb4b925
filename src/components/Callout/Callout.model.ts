// What Callout's macro (Callout.njk) writes, decided by the rules Callout.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { calloutLabels, calloutVariants } from './Callout.definition.js';
import * as styles from './Callout.css.js';
import type { CalloutProps, CalloutVariant } from './Callout.js';

/**
 * Each variant's icon, in a 10-unit box: the default stroke width of 1 draws a 2-pixel stroke at 20
 * pixels. The dots are strokes of (almost) no length, which round caps draw as dots.
 */
export const icons = {
  information: 'M5 .75a4.25 4.25 0 1 1 0 8.5 4.25 4.25 0 0 1 0-8.5ZM5 4.5v2.75M5 2.9v.01',
  important: 'M5 .9 9.4 8.7H.6ZM5 3.9v2.1M5 7.35v.01',
} as const;

/** What is read before the content of a callout without a heading: "Important: ", "重要：". */
export const notice = (locale: Locale, labels: unknown, variant: CalloutVariant) => `${labelFor(locale, calloutLabels, labels, variant)}${locale === 'en' ? ': ' : '：'}`;

/** The macro's model, with the content; undefined when there is neither a heading nor content. */
export function template({ variant, heading, headingLevel, locale, labels }: CalloutProps, { content }: TemplateInput) {
  const headingText = textOrUndefined(heading);
  if (!headingText && !content.present) return undefined;
  const resolvedVariant = optionValue(calloutVariants, variant);
  return {
    root: rootProps({}, { className: cx(styles.root, styles.variant[resolvedVariant]), locale }),
    content,
    icon: icons[resolvedVariant],
    heading: headingText && { tag: headingTag(headingLevel, 3), text: headingText },
    notice: headingText ? undefined : notice(resolveLocale(locale), labels, resolvedVariant),
  };
}
