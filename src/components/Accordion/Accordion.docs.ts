import type { ComponentDocs } from '../../contract/definition.js';
import type { accordionDefinition } from './Accordion.definition.js';

/** What Accordion and each of its parts are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A group of native disclosures, each with a heading: questions readers scan by heading and open one or two of, such as an FAQ.',
  parts: {
    section: 'One question: a native `<details>`, ruled off from the next.',
    summary: 'The `<summary>` holding the heading, the control that opens the section; its chevron sits at the end of the row and turns when open.',
    heading: 'The question, a real heading (`h3` by default) inside the summary, so it stays in the page outline.',
    content: 'The answer: the section\'s content.',
  },
} satisfies ComponentDocs<typeof accordionDefinition>;
