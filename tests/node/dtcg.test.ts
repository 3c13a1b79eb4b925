/**
 * The DTCG token files (dist/tokens.dtcg.json and one file per other theme) as a design tool or
 * Style Dictionary reads them: valid DTCG 2025.10 shapes, aliases that resolve, and, built with
 * Style Dictionary 5 (its own DTCG parser and reference resolution) into CSS custom properties,
 * exactly the values of tokens.json's `cssVariables` in every theme.
 * `npm test` builds dist/ first; run `npm run build` before running this file alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import StyleDictionary from 'style-dictionary';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertValue, dtcgTypeOf, extensionKey, primitiveGroups } from '../../scripts/dtcg.js';
import { bauhiniaStyleDictionary } from '../../src/docs/style-dictionary.config.mjs';
import { tokenVarName } from '../../src/tokens/naming.js';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

interface TokensJson {
  cssVariables: Record<string, Record<string, string>>;
  cjkTypography: Record<string, unknown>;
}
type Json = Record<string, unknown>;
interface RootExtension {
  theme: string;
  themes: Record<string, string>;
  cssPrefix: string;
  primitiveGroups: string[];
  cssOnly: Record<string, { css: string; lang?: Record<string, string> }>;
}

let tokensJson: TokensJson;
const documents = new Map<string, Json>();
const rootExtension = (document: Json) => (document.$extensions as Record<string, RootExtension>)[extensionKey]!;

beforeAll(() => {
  if (!existsSync(join(dist, 'tokens.dtcg.json'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  tokensJson = JSON.parse(readFileSync(join(dist, 'tokens.json'), 'utf8')) as TokensJson;
  const main = JSON.parse(readFileSync(join(dist, 'tokens.dtcg.json'), 'utf8')) as Json;
  for (const [theme, file] of Object.entries(rootExtension(main).themes)) {
    documents.set(theme, JSON.parse(readFileSync(join(dist, file), 'utf8')) as Json);
  }
}, 120_000);

/** Every token of a document (an object with `$value`), with its dotted path. */
function tokensOf(group: Json, path: string[] = []): Array<[string, Json]> {
  return Object.entries(group)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([key, node]) => {
      const child = node as Json;
      return '$value' in child ? [[[...path, key].join('.'), child] as [string, Json]] : tokensOf(child, [...path, key]);
    });
}

const isDimension = (v: unknown) => {
  const d = v as { value?: unknown; unit?: unknown };
  return typeof d?.value === 'number' && (d.unit === 'px' || d.unit === 'rem') && Object.keys(d).length === 2;
};
const isColour = (v: unknown) => {
  const c = v as { colorSpace?: unknown; components?: unknown; alpha?: unknown; hex?: unknown };
  return (
    c?.colorSpace === 'srgb' &&
    Array.isArray(c.components) &&
    c.components.length === 3 &&
    c.components.every((n) => typeof n === 'number' && n >= 0 && n <= 1) &&
    (c.alpha === undefined || (typeof c.alpha === 'number' && c.alpha >= 0 && c.alpha <= 1)) &&
    (c.hex === undefined || (typeof c.hex === 'string' && /^#[0-9a-f]{6}$/.test(c.hex)))
  );
};
// DTCG 2025.10 value shapes, by type (aliases are checked separately).
const validValue: Record<string, (v: unknown) => boolean> = {
  color: isColour,
  dimension: isDimension,
  fontFamily: (v) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'string' && n !== '' && !/^["']/.test(n))),
  fontWeight: (v) => typeof v === 'number' && v >= 1 && v <= 1000,
  number: (v) => typeof v === 'number',
  duration: (v) => {
    const d = v as { value?: unknown; unit?: unknown };
    return typeof d?.value === 'number' && (d.unit === 'ms' || d.unit === 's');
  },
  cubicBezier: (v) => Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number') && [v[0] as number, v[2] as number].every((x) => x >= 0 && x <= 1),
  shadow: (v) =>
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((layer: Json) => isColour(layer.color) && ['offsetX', 'offsetY', 'blur', 'spread'].every((k) => isDimension(layer[k]))),
};

describe('DTCG token files', () => {
  it('ship one complete file per theme of tokens.json, each naming its theme', () => {
    expect([...documents.keys()]).toEqual(Object.keys(tokensJson.cssVariables));
    for (const [theme, document] of documents) {
      expect(document.$schema).toBe('https://www.designtokens.org/schemas/2025.10/format.json');
      expect(rootExtension(document).theme).toBe(theme);
      expect(tokensOf(document).map(([path]) => path)).toEqual(tokensOf(documents.get('default')!).map(([path]) => path));
    }
  });

  it('give every token a DTCG type and a value of that type, or an alias to a token of the same type', () => {
    for (const [theme, document] of documents) {
      const tokens = new Map(tokensOf(document));
      expect(tokens.size).toBeGreaterThan(100);
      for (const [path, token] of tokens) {
        const where = `${theme}: ${path}`;
        expect(path.split('.').every((name) => /^[^${}.][^{}.]*$/.test(name)), where).toBe(true);
        const type = token.$type as string;
        expect(Object.keys(validValue), where).toContain(type);
        const value = token.$value;
        const alias = typeof value === 'string' ? /^\{([^{}]+)\}$/.exec(value) : null;
        if (alias) {
          const target = tokens.get(alias[1]!);
          expect(target, `${where} -> ${value}`).toBeDefined();
          expect(target!.$type, `${where} -> ${value}`).toBe(type);
        } else {
          expect(validValue[type]!(value), `${where}: ${JSON.stringify(value)}`).toBe(true);
        }
      }
    }
  });

  it('point semantic colours at the palette and component tokens at semantic tokens', () => {
    const tokens = new Map(tokensOf(documents.get('default')!));
    expect(tokens.get('color.text.link')!.$value).toBe('{palette.harbour.700}');
    expect(tokens.get('font.family.hant')!.$value).toBe('{fontStack.hant}');
    const components = [...tokens].filter(([path]) => path.startsWith('component.'));
    expect(components.length).toBeGreaterThan(10);
    for (const [path, token] of components) {
      const target = /^\{(.+)\}$/.exec(String(token.$value))?.[1];
      expect(target && !primitiveGroups.some((group) => target.startsWith(`${group}.`)) && !target.startsWith('component.'), path).toBe(true);
    }
  });

  it('give every stand-in value its exact CSS and a description saying why', () => {
    const tokens = tokensOf(documents.get('default')!);
    const standIns = tokens.filter(([, token]) => (token.$extensions as Record<string, { css?: string }> | undefined)?.[extensionKey]?.css !== undefined);
    expect(standIns.map(([path]) => path)).toEqual(expect.arrayContaining(['font.size.md', 'font.letterSpacing.kicker', 'radius.round', 'size.measure', 'breakpoint.md']));
    for (const [path, token] of standIns) expect(token.$description, path).toMatch(/DTCG has no/);
  });
});

const leaves = (tree: object, path: string[]): Array<[string[], string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? leaves(value as object, [...path, key]) : [[[...path, key], String(value)] as [string[], string]]));

/** Style Dictionary's CSS output as a map of custom properties. */
function readVariables(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/^\s*(--[\w-]+):\s*(.*);$/gm)].map((m) => [m[1]!, m[2]!]));
}

async function buildWithStyleDictionary(document: Json, name: string): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'bauhinia-sd-'));
  const source = join(dir, `${name}.json`);
  writeFileSync(source, JSON.stringify(document));
  const config = bauhiniaStyleDictionary({ source: [source], buildPath: `${dir}/out/`, destination: 'tokens.css' });
  const sd = new StyleDictionary({ ...config, log: { verbosity: 'silent', warnings: 'error' } });
  await sd.buildAllPlatforms();
  return readVariables(readFileSync(join(dir, 'out', 'tokens.css'), 'utf8'));
}

/** The CSS variables of values that have no DTCG type (listed in the document's own $extensions). */
const cssOnlyNames = (document: Json) => Object.keys(rootExtension(document).cssOnly).map((path) => `--${tokenVarName(path.split('.'))}`);

describe('built with Style Dictionary 5', () => {
  it('gives every theme exactly the CSS variables and values of tokens.json', async () => {
    for (const [theme, document] of documents) {
      const built = await buildWithStyleDictionary(document, theme);
      const expected: Record<string, string> = { ...tokensJson.cssVariables.default, ...tokensJson.cssVariables[theme] };
      for (const name of cssOnlyNames(document)) delete expected[name];
      expect(built, theme).toEqual(expected);
    }
  }, 60_000);

  it('gives Chinese text the cjkTypography values when each token takes its lang.zh value', async () => {
    const document = structuredClone(documents.get('default')!);
    for (const [, token] of tokensOf(document)) {
      const own = (token.$extensions as Record<string, { css?: string; lang?: Record<string, { $value: unknown; css?: string }> }> | undefined)?.[extensionKey];
      const zh = own?.lang?.zh;
      if (!own || !zh) continue;
      token.$value = zh.$value;
      if (zh.css === undefined) delete own.css;
      else own.css = zh.css;
    }
    const built = await buildWithStyleDictionary(document, 'zh');
    const expected: Record<string, string> = { ...tokensJson.cssVariables.default };
    const cjk = leaves(tokensJson.cjkTypography, ['font']);
    expect(cjk.length).toBeGreaterThan(3);
    for (const [path, value] of cjk) expected[`--${tokenVarName(path)}`] = value;
    for (const name of cssOnlyNames(document)) delete expected[name];
    expect(built).toEqual(expected);
  }, 60_000);

  it('takes a designer\'s overrides from `source` over the package file in `include`, and the aliases follow them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bauhinia-sd-'));
    const overrides = join(dir, 'our-brand.json');
    writeFileSync(overrides, JSON.stringify({ color: { brand: { primary: { $type: 'color', $value: { colorSpace: 'srgb', components: [0, 0.3216, 0.5412], hex: '#00528a' } } } } }));
    const config = bauhiniaStyleDictionary({ include: [join(dist, 'tokens.dtcg.json')], source: [overrides], buildPath: `${dir}/out/`, destination: 'brand.css', selector: '[data-theme="default"]' });
    await new StyleDictionary({ ...config, log: { verbosity: 'silent', warnings: 'error' } }).buildAllPlatforms();
    const css = readFileSync(join(dir, 'out', 'brand.css'), 'utf8');
    expect(css).toMatch(/^\[data-theme="default"\] \{$/m);
    const built = readVariables(css);
    expect(built['--bh-color-brand-primary']).toBe('#00528a');
    expect(built['--bh-component-profile-monogram-background']).toBe('#00528a');
    expect(built['--bh-color-text-link']).toBe(tokensJson.cssVariables.default!['--bh-color-text-link']);
  }, 60_000);

  it('lists the values with no DTCG type, with their CSS and Chinese values, in the document\'s $extensions', () => {
    for (const [theme, document] of documents) {
      const { cssOnly } = rootExtension(document);
      expect(Object.keys(cssOnly).length, theme).toBeGreaterThan(0);
      for (const [path, { css, lang }] of Object.entries(cssOnly)) {
        expect(css, `${theme}: ${path}`).toBe(tokensJson.cssVariables.default![`--${tokenVarName(path.split('.'))}`]);
        const zh = path.split('.').slice(1).reduce<unknown>((node, key) => (node as Json | undefined)?.[key], tokensJson.cjkTypography);
        expect(lang?.zh, `${theme}: ${path}`).toBe(zh);
      }
    }
  });
});

describe('scripts/dtcg.ts conversions', () => {
  it('types every token path by rule and refuses a path no rule covers', () => {
    expect(dtcgTypeOf('color.text.link')).toBe('color');
    expect(dtcgTypeOf('motion.easing.standard')).toBe('cubicBezier');
    expect(() => dtcgTypeOf('opacity.disabled')).toThrow(/no DTCG type for the token "opacity.disabled"/);
  });

  it('parses lengths, shadows and font lists, and keeps the CSS of what DTCG cannot express', () => {
    expect(convertValue('dimension', '0', 'space.none')).toEqual({ value: { value: 0, unit: 'px' } });
    expect(convertValue('dimension', '0.75rem', 'space.md')).toEqual({ value: { value: 0.75, unit: 'rem' } });
    expect(convertValue('dimension', '68ch', 'size.measure')).toMatchObject({ value: { value: 34, unit: 'rem' }, css: '68ch' });
    expect(convertValue('dimension', 'clamp(1rem, 0.9rem + 1vw, 2rem)', 'font.size.x')).toMatchObject({ value: { value: 2, unit: 'rem' }, css: 'clamp(1rem, 0.9rem + 1vw, 2rem)' });
    expect(() => convertValue('dimension', '10vw', 'space.x')).toThrow(/unsupported length/);
    expect(() => convertValue('dimension', '50%', 'space.x')).toThrow(/percentage/);
    expect(convertValue('shadow', 'inset 0 1px 2px 3px #000000, 0 2px 4px rgb(255 0 0 / 0.5)', 'shadow.x').value).toEqual([
      { color: { colorSpace: 'srgb', components: [0, 0, 0], hex: '#000000' }, offsetX: { value: 0, unit: 'px' }, offsetY: { value: 1, unit: 'px' }, blur: { value: 2, unit: 'px' }, spread: { value: 3, unit: 'px' }, inset: true },
      { color: { colorSpace: 'srgb', components: [1, 0, 0], alpha: 0.5, hex: '#ff0000' }, offsetX: { value: 0, unit: 'px' }, offsetY: { value: 2, unit: 'px' }, blur: { value: 4, unit: 'px' }, spread: { value: 0, unit: 'px' } },
    ]);
    expect(convertValue('fontFamily', '"Noto Sans HK", \'PingFang HK\', sans-serif', 'fontStack.x').value).toEqual(['Noto Sans HK', 'PingFang HK', 'sans-serif']);
    expect(() => convertValue('color', 'rebeccapurple', 'color.x')).toThrow(/unsupported colour/);
    expect(() => convertValue('fontWeight', '1001', 'font.weight.x')).toThrow(/1-1000/);
  });
});
