import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { rootProps } from '../../contract/rootProps.js';
import { useLabelId, usableId } from '../../internal/ids.js';
import { hasContent, textOrUndefined } from '../../internal/text.js';
import * as styles from './Section.css.js';

export interface SectionProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The heading that names the region, e.g. "Meet a participant". Required: a region without a name is no landmark. */
  heading: string;
  /**
   * Level of the heading, to fit the page outline. Level 1 is set a step larger, levels 3-6 a step smaller.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** One short paragraph under the heading. */
  description?: string;
  /** The content, stacked below the heading with the same space between each child. */
  children?: ReactNode;
  /**
   * The section's id, the target of in-page links (`#participant`) such as ContentsList's. An id
   * with white space is not used.
   */
  id?: string;
  /**
   * The heading's id. By default one unique on the page (from React's `useId`, the same on the
   * server and in the browser); pass one when a link targets the heading (`#id`).
   */
  headingId?: string;
  /**
   * The language of the content; when given, the section carries `lang`.
   */
  locale?: LocaleInput;
}

/**
 * Renders a `<section>` labelled by its heading, so it is a region landmark: the heading and the
 * description, then the content with the same space between each child.
 */
export const Section = forwardRef<HTMLElement, SectionProps>(function Section(
  { heading, headingLevel, description, children, id, headingId, locale, ...rest },
  ref,
) {
  const headingText = textOrUndefined(heading);
  if (__DEV__ && !headingText) warnDev('Section', '`heading` is required: without it the section is not a named region.');
  const descriptionText = textOrUndefined(description, __DEV__ ? ['Section', 'description'] : undefined);
  // The content shows as given; text in it that shows nothing is said in development.
  if (__DEV__) hasContent(children, ['Section', 'children']);
  const sectionId = usableId(id);
  const Heading = headingTag(headingLevel);
  const headingElementId = useLabelId('bh-section', headingId);
  const title = headingText && (
    <Heading id={headingElementId} className={styles.heading}>
      {headingText}
    </Heading>
  );

  return (
    <section ref={ref} {...rootProps(rest, { className: styles.root, locale, labelledBy: headingText && headingElementId })} id={sectionId}>
      {descriptionText ? (
        <div className={styles.header}>
          {title}
          <p className={styles.description}>{descriptionText}</p>
        </div>
      ) : (
        title
      )}
      {children}
    </section>
  );
});
