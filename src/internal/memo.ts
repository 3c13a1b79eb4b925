/**
 * A function remembered by a string key that names everything its result depends on; `arg` only
 * carries what computing it needs. For work that is slow next to rendering (parsing or formatting a
 * date, hashing a title, canonicalising a tag) and that a page repeats on every render.
 * Memory stays bounded on a long-running server: the cache is emptied when it reaches `limit`
 * entries, and keys longer than 500 characters are never kept.
 */
export function memo<T, A = void>(compute: (key: string, arg: A) => T, limit = 1000): (key: string, arg: A) => T {
  const cache = new Map<string, T>();
  return (key, arg) => {
    if (key.length > 500) return compute(key, arg);
    if (!cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, compute(key, arg));
    }
    return cache.get(key)!;
  };
}
