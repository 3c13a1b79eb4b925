import type { ReactNode } from 'react';
import type { TemplateContent } from '../contract/template.js';
import { hasContent, hasVisibleText } from '../internal/text.js';

/** A value as React writes it as text: strings as they are, numbers as digits, nothing else. */
const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? value : undefined);

/**
 * A macro's children by the fixture contract (src/fixtures/README.md), which React renders as
 * `{children}` for a string and `<p>{item}</p>` for each item of an array. `{% call %}` wins: its
 * markup was rendered (and escaped) by the calling template.
 */
export function templateContent(children: unknown, caller: unknown): TemplateContent {
  if (typeof caller === 'function') {
    const markup: unknown = caller();
    return { present: hasVisibleText(String(markup)), markup };
  }
  if (Array.isArray(children)) return { present: children.length > 0, paragraphs: children.map((item) => String(asText(item) ?? '')) };
  const text = asText(children);
  return { present: text !== undefined && hasContent(text as ReactNode), text };
}

/**
 * A slot's content in a macro's params (SiteFooter's `dates`, Masthead's `languageSwitcher`), kept
 * when React's `slot` would render it, else undefined. Another macro's output (or `caller()`) is
 * markup, a Nunjucks SafeString (a String object): kept even when empty, as a React element is kept
 * when its component renders nothing. Text is kept when it shows something, as it is; a number as
 * digits. Anything else (null, booleans, plain objects) renders nothing.
 */
export function templateSlot(value: unknown): unknown {
  if (value instanceof String) return value;
  return hasVisibleText(value) || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
}
