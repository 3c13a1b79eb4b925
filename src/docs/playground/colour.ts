/**
 * Colour maths for the theme playground: hex parsing and formatting, OKLCH conversion, derived
 * shades, readable text colours and the contrast check of a whole theme. Contrast itself comes
 * from the token source (`contrastRatio`), so the playground and the token tests agree.
 */
import { componentTokenPaths, definitionsIn } from '../../components/definition.js';
import * as registry from '../../components/registry.js';
import { baseTokens } from '../../tokens/base.js';
import { contrastRatio, parseHexColor } from '../../tokens/contrast.js';
import { mapTokens, tokenVarName, walkTokens } from '../../tokens/naming.js';
import type { TokenOverrides } from '../../tokens/themeCss.js';
import { themes, type ThemeName, type ThemeTokens } from '../../tokens/themes.js';

export type Rgb = readonly [r: number, g: number, b: number];
export interface Oklch {
  /** Perceived lightness, 0 (black) to 1 (white). */
  l: number;
  /** Chroma, 0 (grey) to about 0.37 for the most saturated sRGB colours. */
  c: number;
  /** Hue angle in degrees, 0 to 360. Meaningless (0) for greys. */
  h: number;
}

const white = '#ffffff';
const black = '#000000';

/** `#rgb` or `#rrggbb` (any case, surrounding space allowed) as lowercase `#rrggbb`, or undefined. */
export function normaliseHex(input: string): string | undefined {
  const rgb = parseHexColor(input);
  return rgb ? formatHex(rgb) : undefined;
}

/** 0-255 channels (rounded and clamped) as `#rrggbb`. */
export function formatHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

/** sRGB (0-255) to OKLCH, through linear sRGB and OKLab. */
export function rgbToOklch([r8, g8, b8]: Rgb): Oklch {
  const [r, g, b] = [toLinear(r8), toLinear(g8), toLinear(b8)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const c = Math.hypot(A, B);
  // Below this chroma the hue is numerical noise; report greys with hue 0.
  const h = c < 1e-4 ? 0 : ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360;
  return { l: L, c, h };
}

/** OKLCH to linear sRGB, possibly outside the 0-1 gamut. */
function oklchToLinear({ l: L, c, h }: Oklch): [number, number, number] {
  const A = c * Math.cos((h * Math.PI) / 180);
  const B = c * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (linear: number[]) => linear.every((v) => v >= -1e-6 && v <= 1 + 1e-6);

/**
 * OKLCH to sRGB (0-255). A colour outside sRGB keeps its lightness and hue and loses chroma until
 * it fits, which changes it far less than clipping each channel would.
 */
export function oklchToRgb(colour: Oklch): Rgb {
  const l = Math.min(1, Math.max(0, colour.l));
  let linear = oklchToLinear({ ...colour, l });
  if (!inGamut(linear)) {
    let low = 0;
    let high = colour.c;
    for (let i = 0; i < 24; i++) {
      const mid = (low + high) / 2;
      if (inGamut(oklchToLinear({ l, c: mid, h: colour.h }))) low = mid;
      else high = mid;
    }
    linear = oklchToLinear({ l, c: low, h: colour.h });
  }
  return linear.map((v) => fromLinear(Math.min(1, Math.max(0, v)))) as unknown as Rgb;
}

export function hexToOklch(hex: string): Oklch {
  const rgb = parseHexColor(hex);
  if (!rgb) throw new TypeError(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  return rgbToOklch(rgb);
}

export function oklchToHex(colour: Oklch): string {
  return formatHex(oklchToRgb(colour));
}

/** `oklch(62.8% 0.258 29.2)`, for display next to the hex value. */
export function formatOklch({ l, c, h }: Oklch): string {
  return `oklch(${(l * 100).toFixed(1)}% ${c.toFixed(3)} ${h.toFixed(1)})`;
}

/** The same hue and chroma at a lightness shifted by `delta` (OKLCH L, -1 to 1). */
export function shiftLightness(hex: string, delta: number): string {
  const colour = hexToOklch(hex);
  return oklchToHex({ ...colour, l: colour.l + delta });
}

/** A quiet tint of a colour for large surfaces: light on a light page, dark on a dark one. */
export function tintFor(hex: string, pageHex: string): string {
  const { h, c } = hexToOklch(hex);
  const lightPage = isLight(pageHex);
  return oklchToHex({ l: lightPage ? 0.95 : 0.27, c: Math.min(c, lightPage ? 0.03 : 0.05), h });
}

/** Whether black text reads better on this colour than white text. */
export function isLight(hex: string): boolean {
  return contrastRatio(black, hex) > contrastRatio(white, hex);
}

/**
 * A shade one step "stronger" than `hex` against the page: darker on a light page, lighter on a
 * dark one. Used for hover states and `primaryStrong`.
 */
export function strongerShade(hex: string, pageHex: string, step = 0.08): string {
  return shiftLightness(hex, isLight(pageHex) ? -step : step);
}

/**
 * The first candidate that reaches `minimum` contrast on `background`; if none does, black or
 * white, whichever contrasts more (one of them always reaches 4.5:1).
 */
export function readableTextOn(background: string, minimum = 4.5, candidates: readonly string[] = [white, black]): string {
  const found = candidates.find((c) => contrastRatio(c, background) >= minimum);
  if (found) return found;
  return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

/**
 * The colour closest to `foreground` (same hue, chroma reduced only if needed) that reaches
 * `minimum` contrast on `background`, found by moving its OKLCH lightness away from the
 * background's. Returns `foreground` unchanged when it already passes.
 */
export function nearestAccessible(foreground: string, background: string, minimum = 4.5): string {
  const fg = normaliseHex(foreground);
  const bg = normaliseHex(background);
  if (!fg || !bg) throw new TypeError(`Not a #rrggbb colour: ${JSON.stringify(fg ? background : foreground)}`);
  if (contrastRatio(fg, bg) >= minimum) return fg;
  const start = hexToOklch(fg);
  const attempts = [0, 1]
    .map((target) => {
      const at = (t: number) => oklchToHex({ ...start, l: start.l + (target - start.l) * t });
      if (contrastRatio(at(1), bg) < minimum) return undefined;
      // Contrast grows as the lightness moves towards the target, so bisect for the smallest move.
      let low = 0;
      let high = 1;
      for (let i = 0; i < 30; i++) {
        const mid = (low + high) / 2;
        if (contrastRatio(at(mid), bg) >= minimum) high = mid;
        else low = mid;
      }
      return { hex: at(high), move: Math.abs(target - start.l) * high };
    })
    .filter((a): a is { hex: string; move: number } => a !== undefined)
    .sort((a, b) => a.move - b.move);
  return attempts[0]?.hex ?? readableTextOn(bg, minimum);
}

export { checkContrastPairs as checkPairs, themeColour as colourAt } from '../../tokens/contrast.js';
export type { ContrastCheck as PairResult } from '../../tokens/contrast.js';

/** `4.49:1`: rounded down, so a ratio shown as 4.50 never fails a 4.5 minimum. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1` : 'n/a';
}

export interface PlaygroundInput {
  /** Brand (primary) colour, `#rrggbb`: links, headings accents, focus, monograms. */
  brand: string;
  /** Accent colour, `#rrggbb`: kicker, quote mark, accent rule, current partner badge. */
  accent: string;
  /** Multiplies the small, medium and large radii; 0 gives square corners. */
  radiusScale: number;
  /** Multiplies every font size. */
  typeScale: number;
}

export function defaultInput(theme: ThemeName): PlaygroundInput {
  return { brand: themes[theme].color.brand.primary, accent: themes[theme].color.brand.accent, radiusScale: 1, typeScale: 1 };
}

export interface PlaygroundTheme {
  /** What a site overrides: pass to `createThemeCss`, or copy as JSON. */
  overrides: TokenOverrides;
  /** The base theme with the overrides applied, for the contrast check. */
  theme: ThemeTokens;
  /** Colour paths (`text.link`) whose value differs from the base theme. */
  changed: Set<string>;
}

type ColourOverrides = { [G in keyof ThemeTokens['color']]?: Partial<ThemeTokens['color'][G]> };

const remValue = /^(\d*\.?\d+)rem$/;
const round = (n: number) => Number(n.toFixed(4));

/**
 * Derives a theme from the playground's four inputs. The brand and accent are used as picked where
 * they are the visible identity (links, focus, accent rule, quote mark, current badge), so a weak
 * colour shows up as a failing pair instead of being silently corrected; text placed on them, and
 * the kicker text, are chosen to be readable.
 */
export function buildPlaygroundTheme(input: PlaygroundInput, base: ThemeName): PlaygroundTheme {
  const start = themes[base];
  const page = start.color.surface.page;
  const brand = normaliseHex(input.brand) ?? start.color.brand.primary;
  const accent = normaliseHex(input.accent) ?? start.color.brand.accent;
  const textOptions = [start.color.surface.page, start.color.text.default, white, black];
  const brandStrong = strongerShade(brand, page);
  const onBrand = readableTextOn(brand, 4.5, textOptions);
  const onAccent = readableTextOn(accent, 4.5, textOptions);

  const wanted: ColourOverrides = {};
  const colour = (group: keyof ThemeTokens['color'], key: string, value: string) => {
    if ((start.color[group] as Record<string, string>)[key] === value) return;
    ((wanted[group] ??= {}) as Record<string, string>)[key] = value;
  };
  if (brand !== start.color.brand.primary) {
    colour('brand', 'primary', brand);
    colour('brand', 'primaryStrong', brandStrong);
    colour('brand', 'onPrimary', onBrand);
    colour('text', 'link', brand);
    colour('text', 'linkHover', brandStrong);
    // Dark and high contrast give focus its own colour; follow the brand only where the base does.
    if (start.color.focus.ring === start.color.brand.primary) colour('focus', 'ring', brand);
    if (start.color.status.info === start.color.brand.primary) colour('status', 'info', brand);
  }
  if (accent !== start.color.brand.accent) {
    colour('brand', 'accent', accent);
    colour('brand', 'onAccent', onAccent);
    // Kicker text needs 4.5:1 where the accent's marks need only 3:1, so it gets the nearest shade that reads.
    colour('text', 'accent', nearestAccessible(nearestAccessible(accent, page), start.color.surface.subtle));
    colour('border', 'accent', accent);
    colour('surface', 'accentSubtle', tintFor(accent, page));
    colour('badge', 'currentBackground', accent);
    colour('badge', 'currentBorder', accent);
    colour('badge', 'currentText', onAccent);
  }

  const overrides: Record<string, unknown> = {};
  if (Object.keys(wanted).length > 0) overrides.color = wanted;

  const scale = (value: string, factor: number) => {
    const rem = remValue.exec(value);
    return rem?.[1] ? `${round(Number(rem[1]) * factor)}rem` : `calc(${value} * ${factor})`;
  };
  if (Number.isFinite(input.radiusScale) && input.radiusScale !== 1) {
    const { sm, md, lg } = baseTokens.radius;
    const factor = Math.max(0, input.radiusScale);
    overrides.radius = { sm: scale(sm, factor), md: scale(md, factor), lg: scale(lg, factor) };
  }
  if (Number.isFinite(input.typeScale) && input.typeScale > 0 && input.typeScale !== 1) {
    overrides.font = { size: mapTokens(baseTokens.font.size, (_path, value) => scale(String(value), round(input.typeScale))) };
  }

  const theme: ThemeTokens = structuredClone(start) as ThemeTokens;
  const changed = new Set<string>();
  for (const [group, values] of Object.entries(wanted)) {
    for (const [key, value] of Object.entries(values as Record<string, string>)) {
      (theme.color[group as keyof ThemeTokens['color']] as Record<string, string>)[key] = value;
      changed.add(`${group}.${key}`);
    }
  }

  // Component aliases resolve where a theme is declared; re-declare those that point at a changed
  // token, so the override reaches the components wherever the rule is placed.
  const changedPaths = new Set([...changed].map((path) => `color.${path}`));
  const component: Record<string, Record<string, string>> = {};
  walkTokens(componentTokenPaths(definitionsIn(registry)), (path, semantic) => {
    if (!changedPaths.has(String(semantic))) return;
    const [section, name] = path as [string, string];
    (component[section] ??= {})[name] = `var(--${tokenVarName(String(semantic).split('.'))})`;
  });
  if (Object.keys(component).length > 0) overrides.component = component;

  return { overrides: overrides as TokenOverrides, theme, changed };
}

/** The selector a copied override should use for each base theme. */
export function selectorFor(theme: ThemeName): string {
  return theme === 'default' ? ':root, [data-theme="default"], .bh-theme-default' : `[data-theme="${theme}"], .bh-theme-${theme}`;
}
