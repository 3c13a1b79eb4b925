/** The level of a heading a component renders (`h1`–`h6`), to fit the page outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Every heading level, lowest number first (for controls and schemas). */
export const headingLevels = [1, 2, 3, 4, 5, 6] as const satisfies readonly HeadingLevel[];

export type HeadingTag = `h${HeadingLevel}`;

/** A valid heading tag from any input (`3` or `'3'`); falls back for anything outside 1-6. */
export function headingTag(level: unknown, fallback: HeadingLevel = 2): HeadingTag {
  const n = typeof level === 'string' ? Number(level) : level;
  return `h${Number.isInteger(n) && (n as number) > 0 && (n as number) < 7 ? (n as HeadingLevel) : fallback}`;
}
