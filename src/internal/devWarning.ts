// Declared here so the published types do not depend on @types/node.
declare const process: { env: { NODE_ENV?: string } };

const seen = new Set<string>();

function isDevelopment(): boolean {
  try {
    // Bundlers replace this expression; in a browser without one, `process` is missing and we stay quiet.
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Warns once per message, in development only. Never throws. */
export function warnDev(component: string, message: string): void {
  if (!isDevelopment()) return;
  const text = `[bauhinia-ui] ${component}: ${message}`;
  if (seen.has(text)) return;
  if (seen.size > 200) seen.clear();
  seen.add(text);
  console.warn(text);
}
