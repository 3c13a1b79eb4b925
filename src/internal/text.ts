/** A trimmed, non-empty string, or undefined. Shields components from wrong-typed input. */
export function textOrUndefined(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Text made only of invisible characters (zero-width, bidi marks) would name nothing.
  return trimmed.replace(/[\p{White_Space}\p{Cf}]/gu, '') === '' ? undefined : trimmed;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: unknown[]): string {
  return names.filter((n): n is string => typeof n === 'string' && n !== '').join(' ');
}
