export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingTag = `h${HeadingLevel}`;

/** A valid heading tag from any input; falls back for anything outside 1-6. */
export function headingTag(level: unknown, fallback: HeadingLevel = 2): HeadingTag {
  const n = typeof level === 'string' ? Number(level) : level;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6 ? (`h${n}` as HeadingTag) : `h${fallback}`;
}
