// The trail's steps Breadcrumbs shows, in both renderers.
import { textOrUndefined } from '../../internal/text.js';

/** The trail's steps, from `items`: those with a usable label, with their text and the `href` given. Wrong-typed entries (null, strings) read as empty. */
export const trailSteps = (items: unknown) =>
  (Array.isArray(items) ? (items as unknown[]) : []).flatMap((entry) => {
    const { label, href }: { label?: unknown; href?: string } = typeof entry === 'object' && entry !== null ? entry : {};
    const text = textOrUndefined(label);
    return text ? [{ text, href }] : [];
  });
