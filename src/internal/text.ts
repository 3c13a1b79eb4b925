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

/** True when children would render something visible: not only null, booleans and blank text. */
export function hasContent(children: ReactNode): boolean {
  if (children == null || typeof children === 'boolean') return false;
  if (typeof children === 'string') return hasVisibleText(children);
  return Array.isArray(children) ? children.some(hasContent) : true;
}

/** Joins class names, skipping empty ones. */
export const cx = (...names: unknown[]): string => names.filter(Boolean).join(' ');
