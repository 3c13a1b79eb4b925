// What Breadcrumbs' macro (Breadcrumbs.njk) writes, decided by the rules Breadcrumbs.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { breadcrumbsLabels } from './Breadcrumbs.definition.js';
import * as styles from './Breadcrumbs.css.js';
import type { BreadcrumbsProps } from './Breadcrumbs.js';
import { trailSteps } from './trailSteps.js';

/** The macro's model: the root's props and the steps (the last one current, with no URL); undefined with no step. */
export function template({ items, locale, labels }: BreadcrumbsProps) {
  const steps = trailSteps(items);
  if (!steps.length) return undefined;
  const last = steps.length - 1;
  return {
    root: rootProps({}, { className: styles.root, locale, label: labelFor(resolveLocale(locale), breadcrumbsLabels, labels, 'breadcrumb') }),
    steps: steps.map(({ text, href }, index) => ({ text, current: index === last, url: index < last ? gatedUrl(href, hrefSchemes) : undefined })),
  };
}
