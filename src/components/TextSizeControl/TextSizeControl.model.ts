// What TextSizeControl's macro (TextSizeControl.njk) writes, decided by the rules TextSizeControl.tsx
// uses: the server placeholder, which text-size.js (TextSizeControl.enhancer.ts) runs in the browser
// as the React client component runs its own. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { cx } from '../../internal/text.js';
import { textSizeLabels, textSizes } from './TextSizeControl.definition.js';
import * as styles from './TextSizeControl.css.js';
import type { TextSizeControlProps } from './TextSizeControl.js';

export type TextSizeLabels = (typeof textSizeLabels)['en'];

/** The control's four labels (the group's name, each button's name) in its locale, with the site's `labels` over them. */
export const resolvedLabels = (locale: unknown, labels: unknown) => {
  const resolvedLocale = resolveLocale(locale);
  return Object.fromEntries((['label', ...textSizes] as const).map((key) => [key, labelFor(resolvedLocale, textSizeLabels, labels, key)])) as TextSizeLabels;
};

/** The macro's model: always the placeholder (hidden, no buttons, its labels as JSON in `data-labels`). */
export const template = ({ locale, labels }: TextSizeControlProps) => ({
  root: rootProps({}, { className: cx(styles.root, styles.pending), locale }),
  labels: JSON.stringify(resolvedLabels(locale, labels)),
});
