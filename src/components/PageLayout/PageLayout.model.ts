// What PageLayout's macro (PageLayout.njk) writes, decided by the rules PageLayout.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { optionValue } from '../../internal/option.js';
import { cx } from '../../internal/text.js';
import { templateSlot } from '../../contract/templateSlot.js';
import { pageLayoutAsidePlacements, pageLayoutWidths } from './PageLayout.definition.js';
import * as styles from './PageLayout.css.js';
import type { PageLayoutProps } from './PageLayout.js';

/**
 * The macro's model: the root props (the width's and the aside's modifiers), the aside's parts (a
 * slot: text, or another macro's output, such as bhContentsList's) and whether it comes first, and
 * the content, which shows as given.
 */
export function template({ aside, asidePlacement, width, locale }: PageLayoutProps, { content }: TemplateInput) {
  const asideParts = templateSlot(aside);
  return {
    root: rootProps({}, { className: cx(styles.root, styles.width[optionValue(pageLayoutWidths, width)], asideParts && styles.withAside), locale }),
    aside: asideParts,
    asideFirst: optionValue(pageLayoutAsidePlacements, asidePlacement) === 'start',
    content,
  };
}
