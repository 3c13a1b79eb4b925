// What marks each variant of a callout, in both renderers: its icon, and the words read first
// when there is no heading.
import { labelFor } from '../../i18n/labels.js';
import type { Locale } from '../../i18n/locale.js';
import { calloutLabels, type calloutVariants } from './Callout.definition.js';

/**
 * Each variant's icon, in a 10-unit box: the default stroke width of 1 draws a 2-pixel stroke at 20
 * pixels. The dots are strokes of (almost) no length, which round caps draw as dots.
 */
export const icons = {
  information: 'M5 .75a4.25 4.25 0 1 1 0 8.5 4.25 4.25 0 0 1 0-8.5ZM5 4.5v2.75M5 2.9v.01',
  important: 'M5 .9 9.4 8.7H.6ZM5 3.9v2.1M5 7.35v.01',
} as const;

/** What is read before the content of a callout without a heading: "Important: ", "重要：". */
export const notice = (locale: Locale, labels: unknown, variant: (typeof calloutVariants)[number]) => `${labelFor(locale, calloutLabels, labels, variant)}${locale === 'en' ? ': ' : '：'}`;
