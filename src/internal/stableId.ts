/**
 * A deterministic id from content, for `aria-labelledby` without hooks: the same props give the
 * same id on the server and in the browser. Pass an explicit id where one page repeats content.
 */
export function stableId(prefix: string, ...parts: unknown[]): string {
  let hash = 0x811c9dc5;
  const text = parts.map((p) => String(p ?? '')).join('\u0000');
  // FNV-1a over code points; an index loop, as iterating the string allocates one string per character.
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(36)}`;
}

/** A caller's id if it is usable as one (non-empty, no white space), else undefined. */
export function usableId(value: unknown): string | undefined {
  return typeof value === 'string' && /^\S+$/.test(value) ? value : undefined;
}
