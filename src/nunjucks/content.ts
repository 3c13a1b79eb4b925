import type { ReactNode } from 'react';
import type { TemplateContent } from '../contract/template.js';
import { hasContent, hasVisibleText } from '../internal/text.js';

/** A value as React writes it as text: strings as they are, numbers as digits, nothing else. */
const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? value : undefined);

/**
 * A macro's children by the fixture contract (src/fixtures/README.md), which React renders as
 * `{children}` for a string and `<p>{item}</p>` for each item of an array. `{% call %}` wins: its
 * markup was rendered (and escaped) by the calling template. An array may also hold other macros'
 * output (`[bhArticleHighlight(…), …]`), each item written as it is, without a `<p>`.
 */
export function templateContent(children: unknown, caller: unknown): TemplateContent {
  if (typeof caller === 'function') {
    const markup: unknown = caller();
    return { present: hasVisibleText(String(markup)), markup };
  }
  // Another macro's output in the list (a `SafeString`) is a block of its own, kept as markup: the
  // template's counterpart of an element among React children.
  if (Array.isArray(children)) return { present: children.length > 0, paragraphs: children.map((item) => (item instanceof String ? item : String(asText(item) ?? ''))) };
  const text = asText(children);
  return { present: text !== undefined && hasContent(text as ReactNode), text };
}
