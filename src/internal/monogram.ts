import { han } from './script.js';

// Characters that never join the next one into a larger grapheme: printable Latin (no combining
// marks) and the CJK ideograph blocks. A word made only of these needs no segmenter, which is slow.
const simpleText = /^[\u0021-\u02ff\u3400-\u4dbf\u4e00-\u9fff]*$/;
let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
  if (simpleText.test(text)) return Array.from(text);
  if (typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/**
 * Initials for an avatar. A Chinese name gives its family name, the first character (陳小明 -> 陳);
 * a Latin name gives the first letters of its first and last words (Terence Wang -> TW).
 */
export function monogram(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const firstGrapheme = graphemes(first)[0] ?? '';
  if (han.test(firstGrapheme)) return firstGrapheme;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const lastGrapheme = last ? (graphemes(last)[0] ?? '') : '';
  return (firstGrapheme + (han.test(lastGrapheme) ? '' : lastGrapheme)).toLocaleUpperCase();
}
