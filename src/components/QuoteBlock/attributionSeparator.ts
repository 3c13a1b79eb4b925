// The attribution's separator, in both renderers.
import type { Locale } from '../../i18n/locale.js';

/** What goes between the attribution's parts: Chinese uses the full-width comma (the middle dot "・" is Japanese, and "·" joins parts of a name). */
export const attributionSeparator = (locale: Locale) => (locale === 'en' ? ', ' : '，');
