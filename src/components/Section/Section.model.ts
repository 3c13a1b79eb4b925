// What Section's macro (Section.njk) writes, decided by the rules Section.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { headingTag } from '../../internal/headingLevel.js';
import { usableId } from '../../internal/ids.js';
import { textOrUndefined } from '../../internal/text.js';
import * as styles from './Section.css.js';
import type { SectionProps } from './Section.js';

/**
 * The macro's model: the section's root props and id, the heading (its tag, id and text; none
 * without a usable heading), the description, and the content, which shows as given.
 */
export function template({ heading, headingLevel, description, id, headingId, locale }: SectionProps, { content, id: idOf }: TemplateInput) {
  const headingText = textOrUndefined(heading);
  const headingElementId = headingText && idOf('bh-section', headingId, headingText);
  return {
    root: rootProps({}, { className: styles.root, locale, labelledBy: headingElementId }),
    id: usableId(id),
    heading: headingText && { tag: headingTag(headingLevel), id: headingElementId, text: headingText },
    description: textOrUndefined(description),
    content,
  };
}
