/**
 * An image's intrinsic width or height for its `width`/`height` attribute: a number of pixels (a
 * number, or a string that is one), at least 1, rounded; anything else is undefined.
 */
export function pixels(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && n >= 1 && n < 2 ** 31 ? Math.round(n) : undefined;
}
