import { createElement, Fragment, isValidElement, type ReactNode } from 'react';
import { warnDev } from './devWarning.js';
import { flatChildren, hasContent } from './text.js';

/** What React renders as it is: elements, text, numbers; and null, undefined and booleans, which render nothing. */
const renderable = (node: unknown): node is ReactNode =>
  node == null || typeof node === 'boolean' || typeof node === 'string' || (typeof node === 'number' && Number.isFinite(node)) || isValidElement(node);

/**
 * The content of a slot: a prop that takes the site's own elements (PageLayout's `aside`,
 * Masthead's `logo`). From JavaScript or JSON it may hold anything, so it keeps what React can
 * render, from lists nested any depth, and leaves out the rest (plain objects, functions, symbols:
 * React would throw on them and take the page down), with a warning in development naming `where`.
 * Undefined when nothing visible is left, so the component can leave out the slot's wrapper.
 */
export function slot(value: unknown, where?: readonly [component: string, prop: string]): ReactNode | undefined {
  const nodes = flatChildren(value);
  const kept = nodes.filter(renderable);
  if (__DEV__ && where && kept.length < nodes.length) {
    warnDev(where[0], `\`${where[1]}\` holds ${nodes.length - kept.length} value(s) React cannot render (objects, functions…); left out.`);
  }
  // Separate children of a fragment: they need no keys.
  return hasContent(kept, where) ? createElement(Fragment, null, ...kept) : undefined;
}
