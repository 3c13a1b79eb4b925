import { startsHan } from './script.js';

// The first letter (with its combining marks) of the name and of the last word that starts with a
// letter. No part can backtrack over another, so it stays linear on 10,000 spaces or punctuation.
const initials = /(\p{L}\p{M}*)(?:.*\s(\p{L}\p{M}*))?/su;

/**
 * Initials for an avatar. A Chinese name gives its family name, the first character (陳小明 -> 陳);
 * any other name gives the first letters of its first and last words (Terence Wang -> TW). A name
 * without letters gives ''.
 */
export function monogram(name: string): string {
  // Stryker disable next-line ArrayDeclaration: no match leaves both initials '', and so would any one-item list.
  const [, first = '', last = ''] = initials.exec(name) ?? [];
  // Not toLocaleUpperCase: the machine's own locale must not change the initials (a Turkish one
  // writes İ for i), or the server and the browser would disagree.
  return startsHan(first) ? first : (first + last).toUpperCase();
}
