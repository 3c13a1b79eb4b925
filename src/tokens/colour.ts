/**
 * CSS colours as numbers: any colour a browser takes in a stylesheet (`green`, `#abc`,
 * `rgb(0 106 78)`, `hsl()`, `lab()`, `oklch()`, `color(display-p3 …)`), resolved to the 8-bit sRGB a
 * screen shows, and OKLCH for deriving shades. Built on culori's tree-shakable functions.
 */
import {
  converter,
  formatHex,
  modeA98,
  modeHsl,
  modeHwb,
  modeLab,
  modeLch,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeP3,
  modeProphoto,
  modeRec2020,
  modeRgb,
  modeXyz50,
  modeXyz65,
  parse,
  toGamut,
  useMode,
} from 'culori/fn';

// `parse` reads only the colour spaces registered: every space CSS Color 4 names.
for (const mode of [modeRgb, modeHsl, modeHwb, modeLab, modeLch, modeOklab, modeOklch, modeLrgb, modeP3, modeA98, modeProphoto, modeRec2020, modeXyz50, modeXyz65]) {
  useMode(mode);
}

/** sRGB channels, 0-255 integers. */
export type Rgb = readonly [r: number, g: number, b: number];

/** Perceptual lightness `l` (0-1), chroma `c` (0 to about 0.37 in sRGB) and hue `h` in degrees. */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

const toOklchSpace = converter('oklch');
// CSS Color 4 gamut mapping: a colour outside sRGB keeps its lightness and hue and loses chroma.
const intoSrgb = toGamut('rgb', 'oklch');

function parsed(colour: string) {
  // CSS is case-insensitive here (`RGB(…)`, `Green`); culori reads lower case.
  const result = typeof colour === 'string' ? parse(colour.trim().toLowerCase()) : undefined;
  if (!result) {
    const where = /var\(|currentcolor|env\(|attr\(/i.test(String(colour))
      ? ': var(), currentColor and the like depend on where they are used; give the colour itself'
      : ': give a CSS colour such as #006a4e, green, rgb(0 106 78) or oklch(50% 0.1 160)';
    throw new TypeError(`Cannot resolve ${JSON.stringify(colour)} to a colour${where}`);
  }
  if ((result.alpha ?? 1) < 1) {
    throw new TypeError(`${JSON.stringify(colour)} is translucent: its contrast depends on what is behind it; give an opaque colour`);
  }
  return result;
}

/** A CSS colour as the 8-bit sRGB a screen shows; a TypeError for anything else. */
export function srgb(colour: string): Rgb {
  const { r, g, b } = intoSrgb(parsed(colour));
  return [r, g, b].map((v) => Math.round(Math.min(1, Math.max(0, v ?? 0)) * 255)) as unknown as Rgb;
}

/** A CSS colour as lowercase `#rrggbb`. */
export function toHex(colour: string): string {
  return `#${srgb(colour).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A CSS colour in OKLCH (a grey has hue 0). */
export function toOklch(colour: string): Oklch {
  const { l, c, h } = toOklchSpace(parsed(colour));
  return { l, c, h: h ?? 0 };
}

/** An OKLCH colour as `#rrggbb`, mapped into sRGB by lowering its chroma. */
export function fromOklch({ l, c, h }: Oklch): string {
  return formatHex(intoSrgb({ mode: 'oklch', l: Math.min(1, Math.max(0, l)), c, h }));
}
