import type { ReactNode } from 'react';

// Text made only of white space, controls and invisible format characters (zero-width, bidi marks) names nothing.
const visible = /[^\s\p{Cc}\p{Cf}]/u;

/** True for a string with at least one visible character. */
export const hasVisibleText = (value: unknown): value is string => typeof value === 'string' && visible.test(value);

/** A trimmed, non-empty string, or undefined. Finite numbers become strings. Shields components from wrong-typed input. */
export function textOrUndefined(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  return hasVisibleText(text) ? text.trim() : undefined;
}

/**
 * True when children would render something visible: not only null, booleans and blank text.
 * Flattening is cheaper than Children.toArray, which also builds a key for every child.
 */
export const hasContent = (children: ReactNode): boolean =>
  [children].flat(Infinity).some((child) => child != null && typeof child !== 'boolean' && (typeof child !== 'string' || hasVisibleText(child)));

/** Joins class names, skipping empty ones. */
export const cx = (...names: unknown[]): string => names.filter(Boolean).join(' ');
