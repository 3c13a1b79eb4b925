import type { ComponentDocs } from '../../contract/definition.js';
import type { textSizeControlDefinition } from './TextSizeControl.definition.js';

/** What TextSizeControl and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: "Three buttons (A A A) that set the page's text size and remember it across pages; needs JavaScript and renders nothing without it.",
  parts: {
    button: 'One size button: a native `<button>` with `aria-pressed`.',
    'button--pressed': 'The button of the size in use.',
    glyph: 'The "A" of a button, hidden from screen readers (they read the button\'s name); drawn larger from button to button.',
    'glyph--large': 'The "A" of the large size button.',
    'glyph--larger': 'The "A" of the larger size button.',
  },
  modifiers: {
    pending: 'The placeholder rendered on the server and before the first client render: hidden, with no buttons.',
  },
} satisfies ComponentDocs<typeof textSizeControlDefinition>;
