import type { ComponentDocs } from '../../contract/definition.js';
import type { searchFormDefinition } from './SearchForm.definition.js';

/** What SearchForm and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "The site's search box: a label, a search field and a Search button, sent with GET to the site's search page.",
  parts: {
    label: 'The `<label>` of the field, which also names the search landmark (visually hidden in the compact form).',
    row: 'The field and the button, side by side and touching.',
    input: 'The `type="search"` field.',
    submit: 'The Search button: a primary Button (`bh-component bh-button bh-button--primary`) squared where it meets the field.',
  },
  modifiers: {
    compact: 'For the masthead: the label is read by screen readers but not shown.',
  },
} satisfies ComponentDocs<typeof searchFormDefinition>;
