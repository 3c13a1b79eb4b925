// The text size control's labels in its locale, in both renderers and in text-size.js.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { textSizeLabels, textSizes } from './TextSizeControl.definition.js';

export type TextSizeLabels = (typeof textSizeLabels)['en'];

/** The control's four labels (the group's name, each button's name) in its locale, with the site's `labels` over them. */
export const resolvedLabels = (locale: unknown, labels: unknown) => {
  const resolvedLocale = resolveLocale(locale);
  return Object.fromEntries((['label', ...textSizes] as const).map((key) => [key, labelFor(resolvedLocale, textSizeLabels, labels, key)])) as TextSizeLabels;
};
