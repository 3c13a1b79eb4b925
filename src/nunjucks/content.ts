import type { ReactNode } from 'react';
import type { TemplateContent } from '../contract/template.js';
import { flatChildren, hasContent, hasVisibleText } from '../internal/text.js';

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

/**
 * A slot's content in a template (PageLayout's `aside`, a SummaryList row's `value`): what React's
 * `slot` keeps, as the parts a macro prints one after another. Text stays text (autoescape escapes
 * it), finite numbers become their digits, another macro's output (a Nunjucks `SafeString`, a
 * `String` object) stays markup, and the rest (null, booleans, plain objects, functions) is left
 * out, from lists nested any depth. Undefined when nothing shows, as `slot` says: another macro's
 * output counts even when empty, as React keeps an element whose component renders nothing
 * (PageTemplate's footer keeps its dates' row when RevisionDates drops invalid dates).
 */
export function templateSlot(value: unknown): unknown[] | undefined {
  const parts = flatChildren(value).flatMap((part) =>
    typeof part === 'string' || part instanceof String ? [part] : typeof part === 'number' && Number.isFinite(part) ? [String(part)] : [],
  );
  return parts.some((part) => part instanceof String || hasVisibleText(part)) ? parts : undefined;
}
