import { han } from './script.js';

// Printable Latin (no combining marks) and CJK ideographs: one UTF-16 unit is one grapheme, so a
// word made only of these needs no segmenter, which is slow.
const simpleText = /^[\x21-\u02ff\u3400-\u9fff]*$/;
let segmenter: Intl.Segmenter | undefined;

function firstGrapheme(word = ''): string {
  if (simpleText.test(word) || !Intl.Segmenter) {
    const [character = ''] = word;
    return character;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const [grapheme] = segmenter.segment(word);
  return grapheme?.segment ?? '';
}

/**
 * Initials for an avatar. A Chinese name gives its family name, the first character (陳小明 -> 陳);
 * a Latin name gives the first letters of its first and last words (Terence Wang -> TW).
 */
export function monogram(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = firstGrapheme(words[0]);
  if (han.test(first)) return first;
  const last = words.length > 1 ? firstGrapheme(words.at(-1)) : '';
  return (first + (han.test(last) ? '' : last)).toLocaleUpperCase();
}
