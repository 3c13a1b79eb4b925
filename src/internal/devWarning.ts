// Messages already said, so each is said once; forgotten all at once when this many are held, so a
// long development session cannot grow the set without end.
const remembered = 200;
const seen = new Set<string>();

/**
 * Warns once per message; never throws. Call it only behind `__DEV__` (`if (__DEV__ && …)`), so
 * production builds neither call it nor keep the message texts.
 */
export function warnDev(component: string, message: string): void {
  const text = `[bauhinia-ui] ${component}: ${message}`;
  if (seen.has(text)) return;
  if (seen.size >= remembered) seen.clear();
  seen.add(text);
  console.warn(text);
}
