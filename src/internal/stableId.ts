/**
 * A deterministic id from content, for `aria-labelledby` without hooks: the same props give the
 * same id on the server and in the browser. Pass an explicit id where one page repeats content.
 */
export function stableId(prefix: string, ...parts: unknown[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.map((p) => String(p ?? '')).join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(36)}`;
}

/** A caller's id if it is usable as one (non-empty, no white space), else undefined. */
export function usableId(value: unknown): string | undefined {
  return typeof value === 'string' && /^\S+$/.test(value) ? value : undefined;
}
