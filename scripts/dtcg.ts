/**
 * The token source (src/tokens and the component definitions) as W3C Design Tokens Community Group
 * documents (format 2025.10), one complete document per theme. `scripts/build-dtcg.ts` writes them to
 * dist/; `tests/node/dtcg.test.ts` builds them with Style Dictionary and compares with tokens.json.
 *
 * The source holds CSS text (`'1rem'`, `'#0b4f6c'`, `'cubic-bezier(0.2, 0, 0, 1)'`); each value is
 * parsed into its DTCG form. A value DTCG 2025.10 has no form for (a `clamp()` size, a length in
 * `em`, `ch` or `%`, a shadow of `none`) keeps its token, with a stand-in `$value` a design tool can
 * show and the exact CSS in `$extensions["io.github.bauhinia-ui"].css`. A value with no DTCG type at
 * all (`text-transform`) is not a token: it is listed in the document's own `$extensions`.
 */

export const dtcgSchema = 'https://www.designtokens.org/schemas/2025.10/format.json';
/** The `$extensions` key of everything Bauhinia adds (reverse domain of the project's site). */
export const extensionKey = 'io.github.bauhinia-ui';
/** The top-level groups that hold primitives: aliases point at them; they are no CSS variables. */
export const primitiveGroups = ['palette', 'fontStack'] as const;

export type DtcgType = 'color' | 'dimension' | 'fontFamily' | 'fontWeight' | 'number' | 'duration' | 'cubicBezier' | 'shadow';

export interface DtcgColor {
  colorSpace: 'srgb';
  components: [number, number, number];
  alpha?: number;
  hex?: string;
}
export interface DtcgDimension {
  value: number;
  unit: 'px' | 'rem';
}
export interface DtcgDuration {
  value: number;
  unit: 'ms' | 's';
}
export interface DtcgShadow {
  color: DtcgColor;
  offsetX: DtcgDimension;
  offsetY: DtcgDimension;
  blur: DtcgDimension;
  spread: DtcgDimension;
  inset?: boolean;
}
export type DtcgValue = DtcgColor | DtcgDimension | DtcgDuration | DtcgShadow[] | string | string[] | number | number[];

export interface DtcgToken {
  $type: DtcgType;
  $value: DtcgValue;
  $description?: string;
  $extensions?: Record<string, BauhiniaTokenExtension>;
}
export interface BauhiniaTokenExtension {
  /** The exact CSS value, where `$value` is a stand-in. */
  css?: string;
  /** Values inside `:lang(<key>)`, e.g. `zh`, which replace `$value` there. */
  lang?: Record<string, { $value: DtcgValue; css?: string }>;
}
export interface DtcgGroup {
  $description?: string;
  [name: string]: DtcgGroup | DtcgToken | string | undefined;
}

/** Token values as the source writes them: nested objects with CSS text at the leaves. */
export type CssTree = { readonly [key: string]: string | CssTree };

export interface DtcgInput {
  /** The package version. */
  version: string;
  themeName: string;
  /** Every theme's file name, by theme name, for the document's `$extensions`. */
  themeFiles: Readonly<Record<string, string>>;
  /** Tier 1. */
  palette: CssTree;
  fontStacks: Readonly<Record<string, string>>;
  /** Tier 2, the same in every theme, and this theme's. */
  base: CssTree;
  theme: CssTree;
  /** Values that replace the base ones inside `:lang(zh)`, by path below `font`. */
  cjkTypography: CssTree;
  /** Tier 3: by section, token name -> the semantic path it points at; and the section's component. */
  componentTokens: Readonly<Record<string, Readonly<Record<string, string>>>>;
  componentNames: Readonly<Record<string, string>>;
}

const typeRules: ReadonlyArray<readonly [RegExp, DtcgType]> = [
  [/^(palette|color)\./, 'color'],
  [/^(fontStack|font\.family)\./, 'fontFamily'],
  [/^font\.weight\./, 'fontWeight'],
  [/^font\.lineHeight\./, 'number'],
  // Scale factors of the root font size, chosen by the text size control.
  [/^textSize\./, 'number'],
  [/^font\.(size|letterSpacing)\./, 'dimension'],
  [/^(space|radius|size|breakpoint|borderWidth|focus|link)\./, 'dimension'],
  [/^motion\.duration\./, 'duration'],
  [/^motion\.easing\./, 'cubicBezier'],
  [/^shadow\./, 'shadow'],
];

/** Tokens whose CSS value has no DTCG type; they are listed in the document's `$extensions`. */
const cssOnlyPaths = new Set(['font.kickerTransform']);

/** The DTCG type of a token path; throws for a path no rule covers, so a new kind of token is a decision, not a guess. */
export function dtcgTypeOf(path: string): DtcgType {
  const rule = typeRules.find(([pattern]) => pattern.test(path));
  if (!rule) throw new Error(`dtcg: no DTCG type for the token "${path}": add a rule to scripts/dtcg.ts`);
  return rule[1];
}

const number = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
const lengthPattern = new RegExp(`^(${number})(px|rem|em|ch|%)$`);

function hexColor(hex: string, alpha?: number): DtcgColor {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`dtcg: not a #rrggbb colour: ${JSON.stringify(hex)}`);
  const digits = match[1].toLowerCase();
  const components = [0, 2, 4].map((i) => round(parseInt(digits.slice(i, i + 2), 16) / 255)) as DtcgColor['components'];
  return alpha === undefined ? { colorSpace: 'srgb', components, hex: `#${digits}` } : { colorSpace: 'srgb', components, alpha, hex: `#${digits}` };
}

// Four decimals: every channel still rounds back to its own 0-255 value (the error is under 0.02 of a step).
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** `rgb(31 28 25 / 0.08)`, `rgb(31, 28, 25)` or `#rrggbb`. */
function cssColor(text: string): DtcgColor {
  if (text.startsWith('#')) return hexColor(text);
  const match = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[/,]\s*([\d.]+)\s*)?\)$/.exec(text);
  if (!match) throw new Error(`dtcg: unsupported colour ${JSON.stringify(text)}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => Number(c).toString(16).padStart(2, '0'));
  return hexColor(`#${r}${g}${b}`, match[4] === undefined ? undefined : Number(match[4]));
}

interface Converted {
  value: DtcgValue;
  /** Set when `value` is a stand-in: the exact CSS, and why. */
  css?: string;
  note?: string;
}

function length(text: string, path: string): Converted {
  if (text === '0') return { value: { value: 0, unit: 'px' } };
  const match = lengthPattern.exec(text);
  const clamp = /^clamp\((.+),(.+),(.+)\)$/.exec(text);
  if (clamp?.[3]) {
    const max = length(clamp[3].trim(), path);
    if (max.css !== undefined) throw new Error(`dtcg: "${path}": the upper bound of ${text} has no DTCG form either`);
    return { value: max.value, css: text, note: `Fluid: ${text}. DTCG has no fluid size; the stand-in is the upper bound, reached on wide screens.` };
  }
  if (!match?.[1] || !match[2]) throw new Error(`dtcg: "${path}": unsupported length ${JSON.stringify(text)}`);
  const value = Number(match[1]);
  switch (match[2]) {
    case 'px':
    case 'rem':
      return { value: { value, unit: match[2] } };
    case 'em':
      return { value: { value, unit: 'rem' }, css: text, note: `${text} in CSS. DTCG has no em; the stand-in is rem (the same at the default text size).` };
    case 'ch':
      return { value: { value: value / 2, unit: 'rem' }, css: text, note: `${text} in CSS. DTCG has no ch; the stand-in takes 1ch as 0.5rem.` };
    default:
      if (!path.startsWith('radius.')) throw new Error(`dtcg: "${path}": a percentage has no DTCG form outside radius`);
      return { value: { value: 999, unit: 'px' }, css: text, note: `${text} in CSS. DTCG has no percentage; the stand-in 999px rounds a square just the same.` };
  }
}

/** Splits at commas outside parentheses and quotes. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const transparent: DtcgColor = { colorSpace: 'srgb', components: [0, 0, 0], alpha: 0 };
const zero: DtcgDimension = { value: 0, unit: 'px' };

function shadow(text: string, path: string): Converted {
  if (text === 'none') {
    const none: DtcgShadow = { color: transparent, offsetX: zero, offsetY: zero, blur: zero, spread: zero };
    return { value: [none], css: 'none', note: 'No shadow. DTCG has no "none"; the stand-in is one transparent shadow of size 0.' };
  }
  return {
    value: splitList(text).map((layer) => {
      const parts = layer.match(/[a-z-]+\([^)]*\)|#[0-9a-f]+|\S+/gi) ?? [];
      const inset = parts[0] === 'inset';
      const rest = inset ? parts.slice(1) : parts;
      const colour = rest.at(-1);
      const lengths = rest.slice(0, -1).map((part) => length(part, path));
      if (!colour || lengths.length < 2 || lengths.length > 4 || lengths.some((l) => l.css !== undefined)) {
        throw new Error(`dtcg: "${path}": unsupported shadow ${JSON.stringify(layer)} (write offsets, blur and spread in px or rem, then the colour)`);
      }
      const [offsetX, offsetY, blur = { value: zero }, spread = { value: zero }] = lengths;
      const layerValue: DtcgShadow = {
        color: cssColor(colour),
        offsetX: offsetX!.value as DtcgDimension,
        offsetY: offsetY!.value as DtcgDimension,
        blur: blur.value as DtcgDimension,
        spread: spread.value as DtcgDimension,
      };
      return inset ? { ...layerValue, inset: true } : layerValue;
    }),
  };
}

/** A CSS value from the token source in its DTCG form. */
export function convertValue(type: DtcgType, text: string, path: string): Converted {
  switch (type) {
    case 'color':
      return { value: cssColor(text) };
    case 'dimension':
      return length(text, path);
    case 'fontFamily':
      return { value: splitList(text).map((name) => name.replace(/^(["'])(.*)\1$/, '$2')) };
    case 'fontWeight': {
      const weight = Number(text);
      if (!Number.isInteger(weight) || weight < 1 || weight > 1000) throw new Error(`dtcg: "${path}": font weight ${text} is not 1-1000`);
      return { value: weight };
    }
    case 'number': {
      if (!new RegExp(`^${number}$`).test(text)) throw new Error(`dtcg: "${path}": ${JSON.stringify(text)} is not a number`);
      return { value: Number(text) };
    }
    case 'duration': {
      const match = /^(\d+\.?\d*|\.\d+)(ms|s)$/.exec(text);
      if (!match?.[1]) throw new Error(`dtcg: "${path}": unsupported duration ${JSON.stringify(text)}`);
      return { value: { value: Number(match[1]), unit: match[2] as DtcgDuration['unit'] } };
    }
    case 'cubicBezier': {
      const match = /^cubic-bezier\(([^)]*)\)$/.exec(text);
      const points = match?.[1]?.split(',').map(Number) ?? [];
      if (points.length !== 4 || points.some((p) => !Number.isFinite(p))) throw new Error(`dtcg: "${path}": unsupported easing ${JSON.stringify(text)}`);
      return { value: points };
    }
    case 'shadow':
      return shadow(text, path);
  }
}

function leaves(tree: CssTree, path: string[] = []): Array<[string[], string]> {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[[...path, key], value] as [string[], string]] : leaves(value, [...path, key])));
}

function setIn(group: DtcgGroup, path: readonly string[], node: DtcgToken): void {
  let current = group;
  for (const key of path.slice(0, -1)) current = (current[key] ??= {}) as DtcgGroup;
  current[path.at(-1)!] = node;
}

function token(type: DtcgType, converted: Converted, extra: BauhiniaTokenExtension = {}): DtcgToken {
  const extension: BauhiniaTokenExtension = { ...(converted.css === undefined ? {} : { css: converted.css }), ...extra };
  return {
    $type: type,
    $value: converted.value,
    ...(converted.note ? { $description: converted.note } : {}),
    ...(Object.keys(extension).length ? { $extensions: { [extensionKey]: extension } } : {}),
  };
}

/** One theme's complete DTCG document: primitives, semantic tokens (base and theme), component tokens. */
export function dtcgDocument(input: DtcgInput): Record<string, unknown> {
  // Aliases: a semantic colour or font stack that is a primitive's value points at that primitive.
  const primitiveByValue = new Map<string, string>();
  const addPrimitive = (path: string, value: string) => {
    if (primitiveByValue.has(value)) throw new Error(`dtcg: primitives ${primitiveByValue.get(value)} and ${path} share the value ${value}: an alias would be ambiguous`);
    primitiveByValue.set(value, path);
  };
  for (const [path, value] of leaves(input.palette)) addPrimitive(['palette', ...path].join('.'), value);
  for (const [name, value] of Object.entries(input.fontStacks)) addPrimitive(`fontStack.${name}`, value);

  const palette: DtcgGroup = { $description: 'Tier 1: the raw palette. Components never use it; semantic colours point at it.' };
  for (const [path, value] of leaves(input.palette)) setIn(palette, path, token('color', convertValue('color', value, `palette.${path.join('.')}`)));
  const fontStack: DtcgGroup = { $description: 'Tier 1: font stacks. Latin-only families come first, so Chinese falls through to its own fonts.' };
  for (const [name, value] of Object.entries(input.fontStacks)) setIn(fontStack, [name], token('fontFamily', convertValue('fontFamily', value, `fontStack.${name}`)));

  const cjk = new Map(leaves(input.cjkTypography).map(([path, value]) => [['font', ...path].join('.'), value]));
  const cssOnly: Record<string, { css: string; lang?: Record<string, string> }> = {};
  const semantic: DtcgGroup = {};
  for (const [path, value] of [...leaves(input.base), ...leaves(input.theme)]) {
    const dotted = path.join('.');
    const zh = cjk.get(dotted);
    if (cssOnlyPaths.has(dotted)) {
      cssOnly[dotted] = zh === undefined ? { css: value } : { css: value, lang: { zh } };
      continue;
    }
    const type = dtcgTypeOf(dotted);
    const primitive = type === 'color' || type === 'fontFamily' ? primitiveByValue.get(value) : undefined;
    const converted: Converted = primitive ? { value: `{${primitive}}` } : convertValue(type, value, dotted);
    let lang: BauhiniaTokenExtension = {};
    if (zh !== undefined) {
      const inChinese = convertValue(type, zh, dotted);
      lang = { lang: { zh: inChinese.css === undefined ? { $value: inChinese.value } : { $value: inChinese.value, css: inChinese.css } } };
    }
    setIn(semantic, path, token(type, converted, lang));
  }
  for (const [key, description] of Object.entries(groupDescriptions)) {
    const group = semantic[key];
    if (group && typeof group === 'object') semantic[key] = { $description: description, ...group } as DtcgGroup;
  }

  const component: DtcgGroup = { $description: 'Tier 3: one part of one component. Each points at a semantic token.' };
  for (const [section, aliases] of Object.entries(input.componentTokens)) {
    const owner = input.componentNames[section];
    const group: DtcgGroup = owner ? { $description: `${owner}'s tokens.` } : {};
    for (const [name, target] of Object.entries(aliases)) {
      setIn(group, [name], { $type: dtcgTypeOf(target), $value: `{${target}}` });
    }
    component[section] = group;
  }

  return {
    $schema: dtcgSchema,
    $description: `Bauhinia UI design tokens, ${input.themeName} theme, in the Design Tokens Community Group format (2025.10). Generated from src/tokens and the component definitions by the package build; do not edit.`,
    $extensions: {
      [extensionKey]: {
        version: input.version,
        theme: input.themeName,
        themes: input.themeFiles,
        cssPrefix: '--bh-',
        primitiveGroups,
        cssOnly,
      },
    },
    palette,
    fontStack,
    ...semantic,
    component,
  };
}

const groupDescriptions: Record<string, string> = {
  font: 'Tier 2: typography. Line heights and letter spacing take their lang.zh values inside Chinese text.',
  space: 'Tier 2: spacing.',
  radius: 'Tier 2: corner radii.',
  size: 'Tier 2: fixed sizes.',
  breakpoint: 'Tier 2: layout breakpoints, for media and container queries.',
  motion: 'Tier 2: motion. Durations are 0ms when the reader prefers reduced motion.',
  color: 'Tier 2: semantic colours, set by each theme. Every text and UI pair meets WCAG 2.2 AA in every theme.',
  borderWidth: 'Tier 2: border widths, set by each theme.',
  focus: 'Tier 2: the focus indicator, set by each theme.',
  shadow: 'Tier 2: shadows, set by each theme.',
  link: 'Tier 2: link underlines, set by each theme.',
};
