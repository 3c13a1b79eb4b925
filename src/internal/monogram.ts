const han = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
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
