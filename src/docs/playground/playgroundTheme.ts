/**
 * The theme playground's state turned into a theme, with the library's own tools only: the colours
 * through `createBrandTheme`, the CSS through `createThemeCss`. Nothing here derives a colour.
 */
import { accessibleBrand, createBrandTheme, type BrandTheme } from '../../theming/brand.js';
import type { BaseOverrides, ThemeSet } from '../../theming/overrides.js';
import { createThemeCss, type ThemeCss } from '../../theming/themeCss.js';
import { baseTokens } from '../../tokens/base.js';
import { toHex, toOklch } from '../../tokens/colour.js';
import { mapTokens } from '../../tokens/naming.js';
import { themes } from '../../tokens/themes.js';

export interface PlaygroundInput {
  /** The brand colour, any CSS colour. */
  primary: string;
  /** The accent colour, any CSS colour. */
  accent: string;
  /** Multiplies the small, medium and large radii; 0 gives square corners. */
  radiusScale: number;
  /** Multiplies every font size. */
  typeScale: number;
}

/** Where the playground opens: the default theme as shipped. */
export const initialInput: PlaygroundInput = {
  primary: themes.default.color.brand.primary,
  accent: themes.default.color.brand.accent,
  radiusScale: 1,
  typeScale: 1,
};

/** A colour as `#rrggbb`, or undefined when it is not one. */
export function hexOf(colour: string): string | undefined {
  try {
    return toHex(colour);
  } catch {
    return undefined;
  }
}

/** `oklch(62.8% 0.258 29.2)`, shown next to a colour. */
export function formatOklch(colour: string): string {
  const { l, c, h } = toOklch(colour);
  return `oklch(${(l * 100).toFixed(1)}% ${c.toFixed(3)} ${h.toFixed(1)})`;
}

/** `4.49:1`: rounded down, so a ratio shown as 4.50 never fails a 4.5 minimum. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1` : 'n/a';
}

const remValue = /^(\d*\.?\d+)rem$/;
const round = (n: number) => Number(n.toFixed(4));
const scaled = (value: string, factor: number) => {
  const rem = remValue.exec(value);
  return rem?.[1] ? `${round(Number(rem[1]) * factor)}rem` : `calc(${value} * ${factor})`;
};

export interface PlaygroundTheme {
  /** The brand's tokens per theme and their contrast, once a colour differs from the shipped one. */
  brand?: BrandTheme;
  /** The nearest brand and accent that pass in the default theme, where the colours are used as given. */
  nearest?: { primary: string; accent: string };
  /** Radius and type scale, the same in every theme. */
  base: BaseOverrides;
  /** What goes to `createThemeCss`, if anything changed. */
  themeSet?: ThemeSet;
  /** The CSS to copy: `createThemeCss(themeSet)`. */
  css?: ThemeCss;
  /** The TypeScript a site writes for the same CSS. */
  code: string;
}

/** The theme a site gets from the playground's inputs. */
export function playgroundTheme(input: PlaygroundInput): PlaygroundTheme {
  const primary = hexOf(input.primary) ?? initialInput.primary;
  const accent = hexOf(input.accent) ?? initialInput.accent;
  const brandChanged = primary !== initialInput.primary || accent !== initialInput.accent;
  const brandInput = accent === primary ? { primary } : { primary, accent };
  const brand = brandChanged ? createBrandTheme(brandInput, { onContrastFailure: 'report' }) : undefined;
  const nearest = brandChanged ? accessibleBrand({ primary, accent }) : undefined;

  let base: BaseOverrides = {};
  if (Number.isFinite(input.radiusScale) && input.radiusScale !== 1) {
    const { sm, md, lg } = baseTokens.radius;
    const factor = Math.max(0, input.radiusScale);
    base = { ...base, radius: { sm: scaled(sm, factor), md: scaled(md, factor), lg: scaled(lg, factor) } };
  }
  if (Number.isFinite(input.typeScale) && input.typeScale > 0 && input.typeScale !== 1) {
    base = { ...base, font: { size: mapTokens(baseTokens.font.size, (_path, value) => scaled(String(value), round(input.typeScale))) } };
  }
  const hasBase = Object.keys(base).length > 0;

  const themeSet: ThemeSet | undefined = brand || hasBase ? { ...(brand ?? { themes: {} }), ...(hasBase ? { base } : {}) } : undefined;

  // The same, as a site writes it.
  const brandCall = `createBrandTheme({ primary: '${primary}'${accent === primary ? '' : `, accent: '${accent}'`} })`;
  const baseCode = `base: ${JSON.stringify(base, null, 2).replace(/\n/g, '\n  ')}`;
  const argument = brand && hasBase ? `{\n  ...${brandCall},\n  ${baseCode},\n}` : brand ? brandCall : `{\n  themes: {},\n  ${baseCode},\n}`;
  const code = [
    `import { ${brand ? 'createBrandTheme, ' : ''}createThemeCss } from 'bauhinia-ui/tokens';`,
    `import { ThemeStyle } from 'bauhinia-ui';`,
    '',
    `export const themeCss = createThemeCss(${argument});`,
    '// In the <head> of your layout: <ThemeStyle css={themeCss} />',
  ].join('\n');
  return {
    ...(brand ? { brand } : {}),
    ...(nearest ? { nearest } : {}),
    base,
    ...(themeSet ? { themeSet, css: createThemeCss(themeSet) } : {}),
    code: themeSet ? code : '// Nothing changed yet: the themes as shipped.',
  };
}
