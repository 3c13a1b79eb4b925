import { useId } from 'react';

/** A caller's id if it is usable as one (non-empty, no white space), else undefined. */
export const usableId = (value: unknown): string | undefined => (typeof value === 'string' && /^\S+$/.test(value) ? value : undefined);

/**
 * The id a link points at (a skip link's target, a contents entry's section), given with or without
 * its `#`, if usable. `#` and an id without white space make a fragment URL, which no URL gate needs
 * to judge: a fragment never leaves the page.
 */
export const fragmentId = (value: unknown): string | undefined => usableId(typeof value === 'string' ? value.replace(/^#/, '') : value);

/**
 * The id of an element that another one points to (a heading that `aria-labelledby` names): the
 * caller's, when usable, else `<prefix>-<React's useId>`, unique on the page however often the
 * same content repeats, and the same on the server and in the browser (Server Components included).
 * useId's punctuation differs between React versions (`:R1:`, `«R1»`, `_R_1_`); only word
 * characters and `-` are kept, so the id is a plain HTML id and a CSS selector needs no escaping.
 */
export function useLabelId(prefix: string, given: unknown): string {
  const generated = useId();
  return usableId(given) ?? `${prefix}-${generated.replace(/[^\w-]/g, '')}`;
}
