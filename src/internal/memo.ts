/**
 * A function remembered by a string key that names everything its result depends on. For work that
 * is slow next to rendering (hashing a title, canonicalising a tag, formatting a date) and that a
 * page repeats on every render. The cache is emptied when it reaches `limit` entries, so a
 * long-running server's memory stays bounded.
 */
export function memo<A extends unknown[], T>(compute: (key: string, ...args: A) => T, limit = 1000): (key: string, ...args: A) => T {
  const cache = new Map<string, T>();
  return (key, ...args) => {
    if (!cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, compute(key, ...args));
    }
    return cache.get(key)!;
  };
}
