import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The text sizes a reader can choose; the first is the default (the browser's own size). */
export const textSizes = ['normal', 'large', 'larger'] as const;

/** The one attribute on `<html>` that carries the reader's choice: `data-text-size="large"`. */
export const textSizeAttribute = 'data-text-size';

/** Where the choice is remembered across pages (`localStorage`). */
export const textSizeStorageKey = 'bauhinia-ui:text-size';

// Pure: text-size.js, which reads its labels from the placeholder, drops the tables.
export const textSizeLabels = /* @__PURE__ */ labelTables({
  en: { label: 'Text size', normal: 'Normal text size', large: 'Large text size', larger: 'Larger text size' },
  'zh-Hant': { label: '字體大小', normal: '正常字體', large: '較大字體', larger: '特大字體' },
  'zh-Hans': { label: '字体大小', normal: '正常字体', large: '较大字体', larger: '特大字体' },
});

export const textSizeControlDefinition = {
  name: 'TextSizeControl',
  client: true,
  parts: ['button', 'button--pressed', 'glyph', 'glyph--large', 'glyph--larger'],
  modifiers: ['pending'],
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
