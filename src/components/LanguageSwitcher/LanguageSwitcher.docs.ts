import type { ComponentDocs } from '../../contract/definition.js';
import type { languageSwitcherDefinition } from './LanguageSwitcher.definition.js';

/** What LanguageSwitcher and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'Links to the same page in the other languages, each named in its own language; the current one is shown, not linked.',
  parts: {
    list: 'The `<ul>` of languages.',
    item: 'One language: the `<li>`.',
    'item--current': 'The current language: plain text with `aria-current="true"`.',
    link: 'The link to another language.',
  },
} satisfies ComponentDocs<typeof languageSwitcherDefinition>;
