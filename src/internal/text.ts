/** A trimmed, non-empty string, or undefined. Shields components from wrong-typed input. */
export function textOrUndefined(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  // Most text has no surrounding space: printable ASCII or a CJK ideograph at both ends needs no trim.
  if (value !== '' && isPlainEdge(value.charCodeAt(0)) && isPlainEdge(value.charCodeAt(value.length - 1))) return value;
  const trimmed = value.trim();
  // Text made only of invisible characters (zero-width, bidi marks) would name nothing.
  return trimmed.replace(/[\p{White_Space}\p{Cc}\p{Cf}]/gu, '') === '' ? undefined : trimmed;
}

const isPlainEdge = (code: number) => (code > 0x20 && code < 0x7f) || (code >= 0x3400 && code <= 0x9fff);

/** Joins class names, skipping empty ones. */
export function cx(...names: unknown[]): string {
  return names.filter((n): n is string => typeof n === 'string' && n !== '').join(' ');
}
