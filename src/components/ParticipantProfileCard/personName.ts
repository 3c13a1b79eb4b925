import { startsHan } from '../../internal/script.js';
import { textOrUndefined } from '../../internal/text.js';

/** A name in parts, so the card can put them in the order the name's script expects. */
export interface PersonName {
  /** Family name (surname), e.g. "Wang" or "陳". */
  family?: string;
  /** Given name(s), e.g. "Terence" or "小明". */
  given?: string;
}

export const honorificPositions = ['auto', 'before', 'after'] as const;
export type HonorificPosition = (typeof honorificPositions)[number];

export { startsHan, scriptLang } from '../../internal/script.js';

/**
 * The name as one display string, or undefined when there is nothing to show. A string is shown as
 * given; `{ family, given }` is ordered family + given with no space for Han script ("陳小明") and
 * given + family for everything else ("Terence Wang").
 */
export function displayName(name: unknown): string | undefined {
  const asText = textOrUndefined(name);
  if (asText !== undefined) return asText;
  if (typeof name !== 'object' || name === null) return undefined;
  const family = textOrUndefined((name as PersonName).family);
  const given = textOrUndefined((name as PersonName).given);
  if (family === undefined || given === undefined) return family ?? given;
  return startsHan(family) ? `${family}${given}` : `${given} ${family}`;
}

/**
 * Puts the honorific where the name's script expects it. `auto` places it after a Han name
 * (王先生) and before anything else (Mr Terence Wang). Two Han runs join without a space.
 */
export function withHonorific(name: string, honorific: string | undefined, position: unknown = 'auto'): string {
  if (honorific === undefined) return name;
  const resolved = position === 'before' || position === 'after' ? position : startsHan(name) ? 'after' : 'before';
  if (resolved === 'after') {
    return /\p{Script=Han}$/u.test(name) && startsHan(honorific) ? `${name}${honorific}` : `${name} ${honorific}`;
  }
  return `${honorific} ${name}`;
}
