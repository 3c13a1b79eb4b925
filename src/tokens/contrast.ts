import { contrastPairs, type ContrastPair, type ThemeTokens } from './themes.js';

/** WCAG 2.2 relative luminance and contrast ratio, for `#rgb` and `#rrggbb` colours. */

export function parseHexColor(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const rgb = parseHexColor(hex);
  if (!rgb) throw new TypeError(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  const [r, g, b] = rgb.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

/** A theme colour by its path inside `color`, e.g. `text.link`. */
export function themeColour(theme: ThemeTokens, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], theme.color) as string;
}

export interface ContrastCheck {
  pair: ContrastPair;
  foreground: string;
  background: string;
  /** WCAG contrast ratio, or NaN when a value is not a hex colour. */
  ratio: number;
  passes: boolean;
}

/** Measures every contrast pair (by default all the pairs components use) in a theme. */
export function checkContrastPairs(theme: ThemeTokens, pairs: readonly ContrastPair[] = contrastPairs): ContrastCheck[] {
  return pairs.map((pair) => {
    const foreground = themeColour(theme, pair.foreground);
    const background = themeColour(theme, pair.background);
    const measurable = parseHexColor(foreground ?? '') !== undefined && parseHexColor(background ?? '') !== undefined;
    const ratio = measurable ? contrastRatio(foreground, background) : Number.NaN;
    return { pair, foreground, background, ratio, passes: measurable && ratio >= pair.minimum };
  });
}
