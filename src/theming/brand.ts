/**
 * One brand colour (and an optional accent) turned into every brand-dependent token of every theme,
 * each theme checked against its contrast pairs.
 */
import { fromOklch, toHex, toOklch } from '../tokens/colour.js';
import { checkContrastPairs, contrastRatio, type ContrastCheck } from '../tokens/contrast.js';
import { themeNames, themes, type ThemeName, type ThemeTokens } from '../tokens/themes.js';
import { checkValue, shown } from './cssText.js';
import { applyOverrides, type ThemeOverrides, type ThemeSet } from './overrides.js';
import { valueTypeOf } from './tokenPaths.js';

export interface Brand {
  /**
   * The brand colour, any opaque CSS colour (`#006a4e`, `green`, `oklch(47% 0.1 165)`): links, the
   * focus ring, info accents, monograms and primary fills.
   */
  primary: string;
  /** The accent: kickers, quotation marks, accent rules, the current partner badge. @default primary */
  accent?: string;
}

export interface BrandThemeOptions {
  /**
   * What a contrast pair below WCAG 2.2 AA does: `'throw'` a TypeError naming the theme, the pair and
   * the ratio, or `'report'` it in the result's `contrast` and return the theme anyway. @default 'throw'
   */
  onContrastFailure?: 'throw' | 'report';
}

/** Every contrast pair of every theme, with the brand applied. */
export type ContrastReport = Record<ThemeName, ContrastCheck[]>;

/** A brand's tokens for each theme, for `createThemeCss`, with the contrast report. */
export interface BrandTheme extends ThemeSet {
  themes: Record<ThemeName, ThemeOverrides>;
  contrast: ContrastReport;
}

const white = '#ffffff';
const black = '#000000';
const surfacesOf = (theme: ThemeTokens) => [theme.color.surface.page, theme.color.surface.raised, theme.color.surface.subtle];

/**
 * The shade of `colour` nearest to it (same hue; chroma lowered only to stay in sRGB) that reaches
 * `minimum` contrast on every background, found by moving its OKLCH lightness towards black or
 * white; the colour itself (as `#rrggbb`) when it already does.
 */
function shadeReaching(colour: string, backgrounds: readonly string[], minimum: number, direction: 'darker' | 'lighter'): string {
  const passes = (hex: string) => backgrounds.every((background) => contrastRatio(hex, background) >= minimum);
  const start = toOklch(colour);
  const at = (t: number) => fromOklch({ ...start, l: start.l + ((direction === 'darker' ? 0 : 1) - start.l) * t });
  if (passes(at(0))) return at(0);
  // Contrast grows as the lightness moves away from the backgrounds: bisect for the smallest move.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (low + high) / 2;
    if (passes(at(mid))) high = mid;
    else low = mid;
  }
  return at(high);
}

/** The same colour, lighter (positive) or darker, by a step of OKLCH lightness: a hover shade. */
const shifted = (colour: string, step: number) => {
  const start = toOklch(colour);
  return fromOklch({ ...start, l: start.l + step });
};

/** A quiet tint of a colour for a panel: light in a light theme, dark in a dark one. */
const tint = (colour: string, light: boolean) => {
  const { c, h } = toOklch(colour);
  return fromOklch({ l: light ? 0.95 : 0.27, c: Math.min(c, light ? 0.03 : 0.05), h });
};

/** Text on a fill: the theme's inverse or default text where it reads, else black or white. */
function textOn(fill: string, theme: ThemeTokens): string {
  const found = [theme.color.text.inverse, theme.color.text.default].find((text) => contrastRatio(text, fill) >= 4.5);
  return found ?? (contrastRatio(black, fill) >= contrastRatio(white, fill) ? black : white);
}

/** The brand-dependent tokens of one theme. */
function derive(name: ThemeName, primary: string, accent: string): ThemeOverrides {
  const theme = themes[name];
  const surfaces = surfacesOf(theme);
  if (name === 'high-contrast') {
    // Links, fills, borders and focus stay black. The accents, which the built-in theme draws in
    // its own magenta, take the brand's hues at AAA (7:1) on every surface.
    const primaryAAA = shadeReaching(primary, surfaces, 7, 'darker');
    const accentAAA = shadeReaching(accent, surfaces, 7, 'darker');
    return {
      color: {
        text: { linkHover: primaryAAA, accent: accentAAA },
        brand: { accent: accentAAA, onAccent: textOn(accentAAA, theme) },
        border: { accent: accentAAA },
      },
    };
  }
  const light = name === 'default';
  // The default theme shows the brand as given (a colour that fails is reported, not changed); the
  // dark theme lifts it until it reads on its surfaces.
  const main = light ? toHex(primary) : shadeReaching(primary, surfaces, 4.5, 'lighter');
  const mark = light ? toHex(accent) : shadeReaching(accent, surfaces, 4.5, 'lighter');
  // Hover and strong fills: one step further from the page.
  const strong = shifted(main, light ? -0.08 : 0.08);
  return {
    color: {
      text: {
        link: main,
        linkHover: strong,
        // Kicker text needs 4.5:1 where the accent's marks and rules need 3:1.
        accent: shadeReaching(mark, surfaces, 4.5, light ? 'darker' : 'lighter'),
      },
      surface: { accentSubtle: tint(mark, light) },
      brand: { primary: main, primaryStrong: strong, onPrimary: textOn(main, theme), accent: mark, onAccent: textOn(mark, theme) },
      border: { accent: mark },
      // The dark theme keeps its own amber focus ring, which stands out from any brand.
      ...(light ? { focus: { ring: main } } : {}),
      status: { info: main },
      badge: { currentBackground: mark, currentBorder: mark, currentText: textOn(mark, theme) },
    },
  };
}

/**
 * The nearest shades of a brand that pass in the default theme, where the brand is used as given:
 * a primary that links and white text read on, an accent that marks read on (3:1).
 */
export function accessibleBrand(brand: Required<Brand>): Required<Brand> {
  const { surface, text } = themes.default.color;
  return {
    primary: shadeReaching(brand.primary, [...surfacesOf(themes.default), text.inverse], 4.5, 'darker'),
    accent: shadeReaching(brand.accent, [surface.page], 3, 'darker'),
  };
}

const colourType = valueTypeOf('color.brand.primary');

function brandColour(value: unknown, key: string): string {
  const checked = checkValue(value, colourType);
  if ('problem' in checked) throw new TypeError(`createBrandTheme: brand.${key} cannot be ${shown(value)}: ${checked.problem}`);
  try {
    return toHex(checked.css);
  } catch (error) {
    throw new TypeError(`createBrandTheme: brand.${key}: ${(error as Error).message}`);
  }
}

const describe = ({ pair, foreground, background, ratio }: ContrastCheck) =>
  `${pair.use} (${pair.foreground} ${foreground} on ${pair.background} ${background}) is ${Number.isNaN(ratio) ? 'not measurable' : `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`}, needs ${pair.minimum}:1`;

/**
 * Derives every brand-dependent token of every theme from a brand colour and an optional accent:
 *
 * - default: the brand as given on links (and hover), the focus ring, info accents, primary fills,
 *   and the accent on kickers (a darker shade if it needs one to read), quotation marks, accent
 *   rules, the current badge and accent panels;
 * - dark: the same roles in lighter shades, lifted until they pass AA on the dark surfaces;
 * - high contrast: black links, fills and focus as built in; its accents in the brand's hues at 7:1.
 *
 * Each theme, merged onto the built-in one, is checked against every contrast pair
 * (`contrastPairs`): a pair below AA throws a TypeError naming the theme, the pair and the ratio,
 * unless `onContrastFailure: 'report'`. Pass the result to `createThemeCss`.
 */
export function createBrandTheme(brand: Brand, options: BrandThemeOptions = {}): BrandTheme {
  if (typeof brand !== 'object' || brand === null) throw new TypeError('createBrandTheme: brand must be an object: { primary, accent? }');
  for (const key of Object.keys(brand)) {
    if (key !== 'primary' && key !== 'accent') throw new TypeError(`createBrandTheme: unknown brand colour "${key}" (primary, accent)`);
  }
  const primary = brandColour(brand.primary, 'primary');
  const accent = brand.accent == null ? primary : brandColour(brand.accent, 'accent');

  const derived = Object.fromEntries(themeNames.map((name) => [name, derive(name, primary, accent)])) as Record<ThemeName, ThemeOverrides>;
  const contrast = Object.fromEntries(
    themeNames.map((name) => [name, checkContrastPairs(applyOverrides(themes[name], derived[name]))]),
  ) as ContrastReport;

  const failures = themeNames.flatMap((name) => contrast[name].filter((check) => !check.passes).map((check) => `${name}: ${describe(check)}`));
  if (failures.length > 0 && options.onContrastFailure !== 'report') {
    const nearest = accessibleBrand({ primary, accent });
    throw new TypeError(
      [
        `createBrandTheme: ${failures.length} contrast pair${failures.length === 1 ? '' : 's'} below WCAG 2.2 AA:`,
        ...failures.map((failure) => `- ${failure}`),
        `The nearest shades that pass in the default theme: primary ${nearest.primary}, accent ${nearest.accent}. Pass { onContrastFailure: 'report' } to get the report instead of this error.`,
      ].join('\n'),
    );
  }
  return { themes: derived, contrast };
}
