import type { ReactNode } from 'react';

import { warnDev } from './devWarning.js';
import { visibleCharacter } from './patterns.js';

// Text made only of white space, controls and invisible format characters (zero-width, bidi marks)
// names nothing. The same rule as the published schemas' `text`.
const visible = /* @__PURE__ */ new RegExp(visibleCharacter, 'u');

/** True for a string with at least one visible character. */
export const hasVisibleText = (value: unknown): value is string => typeof value === 'string' && visible.test(value);

/** Where a prop is, for a development warning: `__DEV__ ? ['QuoteBlock', 'excerpt'] : undefined`. */
type Where = readonly [component: string, prop: string] | undefined;

const showsNothing = (where: NonNullable<Where>) => warnDev(where[0], `\`${where[1]}\` shows nothing (it is empty, or spaces and invisible characters only); left out.`);

/**
 * A trimmed, non-empty string, or undefined. Finite numbers become strings. Shields components
 * from wrong-typed input. With `where`, a string that shows nothing is said in development.
 */
export function textOrUndefined(value: unknown, where?: Where): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (hasVisibleText(text)) return text.trim();
  if (__DEV__ && where && typeof value === 'string') showsNothing(where);
  return undefined;
}

/**
 * The leaves of children nested in arrays, in order. Walked with a stack rather than recursion (or
 * `flat(Infinity)`, which recurses too): React renders children nested 100,000 arrays deep, and so
 * must every component.
 */
export function flatChildren(children: unknown): unknown[] {
  const leaves: unknown[] = [];
  const pending: unknown[] = [children];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) pending.push(node[i]);
    else leaves.push(node);
  }
  return leaves;
}

/**
 * True when children would render something visible: not only null, booleans and blank text. With
 * `where`, children that hold text but none that shows (`''`, `['  ']`) are said in development.
 */
export function hasContent(children: ReactNode, where?: Where): boolean {
  const nodes = flatChildren(children);
  const visible = nodes.some((node) => node != null && typeof node !== 'boolean' && (typeof node !== 'string' || hasVisibleText(node)));
  if (__DEV__ && where && !visible && nodes.some((node) => typeof node === 'string')) showsNothing(where);
  return visible;
}

/**
 * Joins class names, skipping empty ones. A loop rather than `filter().join()`, which built a second
 * array: every element of every component asks for its class here (about 2.5% of a server render).
 */
export function cx(...names: unknown[]): string {
  let joined = '';
  for (const name of names) if (name) joined += joined ? ` ${name}` : name;
  return joined;
}
