const seen = new Set<string>();

/**
 * Warns once per message, in development only. Never throws. Call sites guard each call with
 * `typeof process !== 'undefined' && process.env.NODE_ENV !== 'production'` inline, so a
 * consumer's production build drops the messages; the guard here covers plain Node.
 */
export function warnDev(component: string, message: string): void {
  try {
    if (process.env.NODE_ENV === 'production') return;
  } catch {
    return; // no `process`: a browser without a bundler
  }
  const text = `[bauhinia-ui] ${component}: ${message}`;
  if (seen.has(text)) return;
  if (seen.size > 200) seen.clear();
  seen.add(text);
  console.warn(text);
}
