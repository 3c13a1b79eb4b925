// The credit line's words around the name, in both renderers.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { figureLabels } from './Figure.definition.js';

/**
 * The credit label's words before and after the name: `{credit}` marks where the name goes; a label
 * without it gets the name after a space.
 */
export function creditWords(locale: unknown, labels: unknown): [before: string, after: string | undefined] {
  const [before, after] = labelFor(resolveLocale(locale), figureLabels, labels, 'credit').split('{credit}');
  return [after === undefined ? `${before} ` : before!, after];
}
