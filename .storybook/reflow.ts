/**
 * How far an element's content runs past its box sideways, in CSS px: 0 when nothing scrolls
 * sideways (WCAG 1.4.10 reflow). One pixel is rounding, not overflow: a width of fractional pixels
 * rounds up in scrollWidth and down in clientWidth. The one overflow check of the stories (the
 * preview checks every story with it) and of the browser tests (pass `document.documentElement` for
 * the page).
 */
export function sidewaysOverflow(element: Element): number {
  const overflow = element.scrollWidth - element.clientWidth;
  return overflow > 1 ? overflow : 0;
}
