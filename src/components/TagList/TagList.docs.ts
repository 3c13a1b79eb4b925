import type { ComponentDocs } from '../../contract/definition.js';
import type { tagListDefinition } from './TagList.definition.js';

/** What TagList and each of its parts are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A labelled list of tags: the topics of an article ("Topics: Highlights, Greater Bay Area").',
  parts: {
    label: 'The name of the list ("Topics", 「主題」), shown before the tags or, with `hideLabel`, read by screen readers only. The list is labelled by it.',
    list: 'The `<ul>` of tags, one `Tag` per item, wrapping onto as many lines as it needs.',
  },
} satisfies ComponentDocs<typeof tagListDefinition>;
