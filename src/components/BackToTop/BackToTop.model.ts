// What BackToTop's macro (BackToTop.njk) writes, decided by the rules BackToTop.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { fragmentId } from '../../internal/ids.js';
import { optionValue } from '../../internal/option.js';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { backToTopLabels, backToTopVariants } from './BackToTop.definition.js';
import * as styles from './BackToTop.css.js';
import type { BackToTopProps } from './BackToTop.js';

/** The up arrow, in an 8-unit box: the default stroke width of 1 draws a 2-unit stroke at 16 units. */
export const arrow = 'M4 7V1.25M1.5 3.75 4 1.25l2.5 2.5';

/** The macro's model: the link's root props, `href`, text and the arrow. */
export const template = ({ targetId, variant, locale, labels }: BackToTopProps) => ({
  root: rootProps({}, { className: cx(styles.root, styles.variant[optionValue(backToTopVariants, variant)], link), locale }),
  href: `#${fragmentId(targetId) ?? 'top'}`,
  text: labelFor(resolveLocale(locale), backToTopLabels, labels, 'backToTop'),
  arrow,
});
