// What a macro's model keeps of a slot param (another macro's output, text, numbers), as React's
// `slot` keeps it of a prop: the contract both renderers of a component meet, so the models below
// the package's entries can use it.
import { flatChildren, hasVisibleText } from '../internal/text.js';

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
