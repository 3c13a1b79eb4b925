// What SkipLink's macro (SkipLink.njk) writes, decided by the rules SkipLink.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { fragmentId } from '../../internal/ids.js';
import { optionValue } from '../../internal/option.js';
import { cx } from '../../internal/text.js';
import { skipLinkLabels, skipLinkVisibilities } from './SkipLink.definition.js';
import * as styles from './SkipLink.css.js';
import type { SkipLinkProps } from './SkipLink.js';

/** The macro's model: the link's root props, `href` and text. */
export const template = ({ targetId, visibility, locale, labels }: SkipLinkProps) => ({
  root: rootProps({}, { className: cx(styles.root, styles.visibility[optionValue(skipLinkVisibilities, visibility)]), locale }),
  href: `#${fragmentId(targetId) ?? 'main-content'}`,
  text: labelFor(resolveLocale(locale), skipLinkLabels, labels, 'skipToMain'),
});
