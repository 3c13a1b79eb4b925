import { labelTables, type ComponentDefinition } from '../definition.js';

/** The text sizes a reader can choose; the first is the default (the browser's own size). */
export const textSizes = ['normal', 'large', 'larger'] as const;

/** The one attribute on `<html>` that carries the reader's choice: `data-text-size="large"`. */
export const textSizeAttribute = 'data-text-size';

/** Where the choice is remembered across pages (`localStorage`). */
export const textSizeStorageKey = 'bauhinia-ui:text-size';

export const textSizeLabels = labelTables({
  en: { label: 'Text size', normal: 'Normal text size', large: 'Large text size', larger: 'Larger text size' },
  'zh-Hant': { label: '字體大小', normal: '正常字體', large: '較大字體', larger: '特大字體' },
  'zh-Hans': { label: '字体大小', normal: '正常字体', large: '较大字体', larger: '特大字体' },
});

export const textSizeControlDefinition = {
  name: 'TextSizeControl',
  client: true,
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
  labels: { textSize: textSizeLabels },
  tokens: {
    textSize: {
      border: 'color.border.default',
      background: 'color.surface.page',
      text: 'color.text.link',
      pressedBackground: 'color.brand.primary',
      pressedText: 'color.brand.onPrimary',
    },
  },
} as const satisfies ComponentDefinition;
