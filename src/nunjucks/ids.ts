import { createHash } from 'node:crypto';
import type { TemplateId } from '../contract/template.js';
import { usableId } from '../internal/ids.js';

// Ids given out so far, per render context. A context is one template's run within one render
// (an imported macro file gets its own), so this lives as long as that render and no longer.
const issued = new WeakMap<object, Map<string, number>>();

/**
 * The ids the macros generate in one render context (the Nunjucks `Context` a filter runs in): the
 * caller's when usable, else the prefix and a hash of the content the element stands for, so the
 * same page always gets the same ids (static builds are reproducible); the second heading with the
 * same content in the same render gets `-2`, the third `-3`.
 */
export function idSource(context: object): TemplateId {
  return (prefix, given, content) => {
    const usable = usableId(given);
    if (usable) return usable;
    const id = `${prefix}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
    let seen = issued.get(context);
    if (!seen) issued.set(context, (seen = new Map()));
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  };
}
