// What Callout's macro (Callout.njk) writes, decided by the rules Callout.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { resolveLocale } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { calloutVariants } from './Callout.definition.js';
import * as styles from './Callout.css.js';
import type { CalloutProps } from './Callout.js';
import { icons, notice } from './variantMarks.js';

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
