import { srgb } from './colour.js';
import { contrastPairs, type ContrastPair, type ThemeTokens } from './themes.js';

/** WCAG 2.2 relative luminance and contrast ratio, for any opaque CSS colour (`src/tokens/colour.ts`). */

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance, 0 (black) to 1 (white); a TypeError for what is not an opaque colour. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = srgb(colour).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two CSS colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** A theme colour by its path inside `color`, e.g. `text.link`. */
export function themeColour(theme: ThemeTokens, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], theme.color) as string;
}

export interface ContrastCheck {
  pair: ContrastPair;
  foreground: string;
  background: string;
  /** WCAG contrast ratio, or NaN when a value cannot be resolved to a colour (`var()`, `currentColor`). */
  ratio: number;
  passes: boolean;
}

function measure(foreground: string, background: string): number {
  try {
    return contrastRatio(foreground, background);
  } catch {
    return Number.NaN;
  }
}

/**
 * Measures every contrast pair (by default all the pairs components use) in a complete theme. For a
 * partial theme, merge it onto a built-in one first: `checkContrastPairs(applyOverrides(themes.dark, overrides))`.
 */
export function checkContrastPairs(theme: ThemeTokens, pairs: readonly ContrastPair[] = contrastPairs): ContrastCheck[] {
  return pairs.map((pair) => {
    const foreground = themeColour(theme, pair.foreground);
    const background = themeColour(theme, pair.background);
    const ratio = measure(foreground, background);
    return { pair, foreground, background, ratio, passes: ratio >= pair.minimum };
  });
}
