import type { HeadingLevel } from '../types.js';

export type HeadingTag = `h${HeadingLevel}`;

/** A valid heading tag from any input (`3` or `'3'`); falls back for anything outside 1-6. */
export function headingTag(level: unknown, fallback: HeadingLevel = 2): HeadingTag {
  const n = typeof level === 'string' ? Number(level) : level;
  return `h${Number.isInteger(n) && (n as number) > 0 && (n as number) < 7 ? (n as HeadingLevel) : fallback}`;
}
