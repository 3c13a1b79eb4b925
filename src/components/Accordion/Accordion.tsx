import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { slot } from '../../internal/slot.js';
import { accordionModel, type AccordionContent, type AccordionSectionContent } from './Accordion.model.js';
import * as styles from './Accordion.css.js';

/** One question and its answer: the answer as text, a list of paragraphs (strings) or elements. */
export type AccordionSection = AccordionSectionContent<ReactNode>;

export interface AccordionProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, AccordionContent<ReactNode> {}

/**
 * Renders a `<div>` of native `<details>` sections, each summary holding the question as a heading,
 * then the answer. Sections open and close without JavaScript. Nothing is rendered without a
 * section that has a heading and content.
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(props, ref) {
  const model = accordionModel(props, slot);
  if (!model) return null;
  const Heading = model.headingTag;
  return (
    <div ref={ref} {...model.root}>
      {model.sections.map((section, index) => (
        <details key={index} className={styles.section} name={model.name} open={section.open} id={section.id}>
          <summary className={styles.summary}>
            <Heading className={styles.heading}>{section.heading}</Heading>
          </summary>
          <div className={styles.content}>{section.paragraphs ? section.paragraphs.map((paragraph, position) => <p key={position}>{paragraph}</p>) : section.body}</div>
        </details>
      ))}
    </div>
  );
});
