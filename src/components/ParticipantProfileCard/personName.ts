import { startsHan } from '../../internal/script.js';
import { textOrUndefined } from '../../internal/text.js';

/** A name in parts, so the card can put them in the order the name's script expects. */
export interface PersonName {
  /** Family name (surname), e.g. "Wang" or "陳". */
  family?: string;
  /** Given name(s), e.g. "Terence" or "小明". */
  given?: string;
}

/**
 * The name as one display string, or undefined when there is nothing to show. A string is shown as
 * given; `{ family, given }` is ordered family + given with no space for Han script ("陳小明") and
 * given + family for everything else ("Terence Wang").
 */
export function displayName(name: unknown, where?: readonly [component: string, prop: string]): string | undefined {
  // Optional chaining reads nothing from null and undefined; other wrong types have no such fields.
  const part = (key: keyof PersonName) => textOrUndefined((name as PersonName | undefined)?.[key], __DEV__ && where ? [where[0], `${where[1]}.${key}`] : undefined);
  const family = part('family');
  const given = part('given');
  return textOrUndefined(name) ?? (family && given ? (startsHan(family) ? family + given : `${given} ${family}`) : (family ?? given));
}

/**
 * Puts the honorific where the name's script expects it: after a Han name (王先生) and before
 * anything else (Mr Terence Wang). Two Han runs join without a space.
 */
export function withHonorific(name: string, honorific: string | undefined): string {
  if (honorific === undefined) return name;
  if (!startsHan(name)) return `${honorific} ${name}`;
  return /\p{Script=Han}$/u.test(name) && startsHan(honorific) ? name + honorific : `${name} ${honorific}`;
}
