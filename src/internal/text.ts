import type { ReactNode } from 'react';

import { visibleCharacter } from './patterns.js';

// Text made only of white space, controls and invisible format characters (zero-width, bidi marks)
// names nothing. The same rule as the published schemas' `text`.
const visible = new RegExp(visibleCharacter, 'u');

/** True for a string with at least one visible character. */
export const hasVisibleText = (value: unknown): value is string => typeof value === 'string' && visible.test(value);

/** A trimmed, non-empty string, or undefined. Finite numbers become strings. Shields components from wrong-typed input. */
export function textOrUndefined(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  return hasVisibleText(text) ? text.trim() : undefined;
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

/** True when children would render something visible: not only null, booleans and blank text. */
export const hasContent = (children: ReactNode): boolean =>
  flatChildren(children).some((node) => node != null && typeof node !== 'boolean' && (typeof node !== 'string' || hasVisibleText(node)));

/** Joins class names, skipping empty ones. */
export const cx = (...names: unknown[]): string => names.filter(Boolean).join(' ');
