import { warnDev } from './devWarning.js';
import { formFieldName } from './patterns.js';

/** Where a prop is, for a development warning: `__DEV__ ? ['SearchForm', 'name'] : undefined`. */
type Where = readonly [component: string, prop: string] | undefined;

/**
 * A form field's name from a prop: the value when it is a usable name (`formFieldName`), else
 * undefined (the caller's default applies), with a development warning naming `where` when a value
 * was given and not used.
 */
export function fieldName(value: unknown, where?: Where): string | undefined {
  if (typeof value === 'string' && formFieldName.test(value)) return value;
  if (__DEV__ && where && value != null) {
    warnDev(where[0], `\`${where[1]}\` must be a form field name (a letter or _, then letters, digits, _ . : or -; 64 at most); not used.`);
  }
  return undefined;
}

/**
 * The hidden fields a form sends with it (a CSRF token, a search scope, the page's path), from a
 * plain object of `name: value`: its own entries in their order, each a usable name
 * (`formFieldName`) with a string value (a number is written as its digits). Every other entry is
 * left out, and anything but a plain object gives none, with a development warning naming `where`.
 */
export function hiddenFieldEntries(value: unknown, where?: Where): [name: string, value: string][] {
  if (value == null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    if (__DEV__ && where) warnDev(where[0], `\`${where[1]}\` must be an object of field names and values; ignored a ${Array.isArray(value) ? 'list' : typeof value}.`);
    return [];
  }
  const entries: [string, string][] = [];
  for (const [name, field] of Object.entries(value)) {
    const text = typeof field === 'string' ? field : typeof field === 'number' && Number.isFinite(field) ? String(field) : undefined;
    if (text !== undefined && formFieldName.test(name)) entries.push([name, text]);
    else if (__DEV__ && where) warnDev(where[0], `\`${where[1]}\`: left out the field "${name.slice(0, 64)}" (a usable name with a string or number value is needed).`);
  }
  return entries;
}
