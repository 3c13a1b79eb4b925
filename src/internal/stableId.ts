/** FNV-1a over UTF-16 code units: a small, stable 32-bit hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A deterministic id from content, for `aria-labelledby` without hooks: the same props give the
 * same id on the server and in the browser. Pass an explicit id where one page repeats content.
 */
export const stableId = (prefix: string, ...parts: Array<string | undefined>): string =>
  // `join` writes null and undefined as nothing.
  `${prefix}-${fnv1a(parts.join('\0')).toString(36)}`;

/** A caller's id if it is usable as one (non-empty, no white space), else undefined. */
export const usableId = (value: unknown): string | undefined => (typeof value === 'string' && /^\S+$/.test(value) ? value : undefined);
