/**
 * An image's intrinsic width or height for its `width`/`height` attribute: a positive whole number
 * of pixels (a number, or a string of digits), rounded; anything else is undefined.
 */
export function pixels(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && n >= 1 && n < 2 ** 31 ? Math.round(n) : undefined;
}
