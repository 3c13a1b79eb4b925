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

/**
 * A value as a warning quotes it: a string in quotes (its first 40 characters), anything else by its
 * type. Never throws, whatever the value (a BigInt, a cyclic object, one without a prototype).
 */
export const quotedValue = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : `(a ${typeof value})`);
