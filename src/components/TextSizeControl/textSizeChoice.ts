// The reader's choice of text size in the browser, shared by the React client component
// (TextSizeControl.tsx) and the framework-free script of template pages (text-size.ts), so both
// read, apply, remember and follow it the same way. Browser globals are touched only when called.
import { optionValue } from '../../internal/option.js';
import { textSizeAttribute, textSizeStorageKey, textSizes } from './TextSizeControl.definition.js';

type TextSize = (typeof textSizes)[number];

/** The size the page shows now: the attribute on `<html>`, or normal without one. */
export const currentSize = (): TextSize => optionValue(textSizes, document.documentElement.getAttribute(textSizeAttribute));

/** Shows the page at `size`: the attribute on `<html>`, which every control on the page follows. */
function apply(size: TextSize): void {
  const root = document.documentElement;
  if (size === 'normal') root.removeAttribute(textSizeAttribute);
  else root.setAttribute(textSizeAttribute, size);
}

/**
 * Applies the remembered size, unless the site already set one on `<html>` (say from a cookie): that
 * one wins. Storage may be missing, full or forbidden (private modes, blocked cookies): then the
 * choice lasts for this page only.
 */
export function restoreSize(): void {
  if (document.documentElement.hasAttribute(textSizeAttribute)) return;
  try {
    apply(optionValue(textSizes, localStorage.getItem(textSizeStorageKey)));
  } catch {
    // Nothing remembered to restore.
  }
}

/** Shows the page at `size` and remembers it. */
export function chooseSize(size: TextSize): void {
  apply(size);
  try {
    localStorage.setItem(textSizeStorageKey, size);
  } catch {
    // Not remembered; the page still changes.
  }
}

/**
 * Calls `sync` whenever the size on `<html>` changes, whoever changes it, and shows the size chosen
 * in another tab of the site (or normal when storage is cleared there). Returns the way to stop.
 */
export function watchSize(sync: () => void): () => void {
  const observer = new MutationObserver(sync);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [textSizeAttribute] });
  const follow = (event: StorageEvent) => {
    if (event.key === textSizeStorageKey || event.key === null) apply(optionValue(textSizes, event.key && event.newValue));
  };
  window.addEventListener('storage', follow);
  return () => {
    observer.disconnect();
    window.removeEventListener('storage', follow);
  };
}
