const seen = new Set<string>();

/**
 * Warns once per message. Never throws. Every call site guards the call inline with
 * `typeof process !== 'undefined' && process.env.NODE_ENV !== 'production'`, so production builds
 * (bundled, or plain Node with NODE_ENV=production) neither call it nor keep the message strings.
 */
export function warnDev(component: string, message: string): void {
  const text = `[bauhinia-ui] ${component}: ${message}`;
  if (seen.has(text)) return;
  if (seen.size > 200) seen.clear();
  seen.add(text);
  console.warn(text);
}
