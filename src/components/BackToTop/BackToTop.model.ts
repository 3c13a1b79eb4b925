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
import { arrow } from './arrow.js';

/** The macro's model: the link's root props, `href`, text and the arrow. */
export const template = ({ targetId, variant, locale, labels }: BackToTopProps) => ({
  root: rootProps({}, { className: cx(styles.root, styles.variant[optionValue(backToTopVariants, variant)], link), locale }),
  href: `#${fragmentId(targetId) ?? 'top'}`,
  text: labelFor(resolveLocale(locale), backToTopLabels, labels, 'backToTop'),
  arrow,
});
