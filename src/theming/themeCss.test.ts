import { generate, parse, walk } from 'css-tree';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definitions } from '../components/registry.js';
import { componentTokenPaths } from '../contract/definition.js';
import { layerNames, layerOrderStatement } from '../styles/layerOrder.js';
import { baseTokens } from '../tokens/base.js';
import { walkTokens } from '../tokens/naming.js';
import { themeNames, themes } from '../tokens/themes.js';
import { createThemeCss } from './themeCss.js';
import type { TokenOverrides } from './overrides.js';

/** The rules of some theme CSS: selector (after its media query, if any) → declarations. */
function rulesOf(css: string): Map<string, Record<string, string>> {
  let errors = 0;
  const ast = parse(css, { onParseError: () => void errors++ });
  expect(errors, 'the CSS parses without errors').toBe(0);
  const rules = new Map<string, Record<string, string>>();
  walk(ast, {
    visit: 'Rule',
    enter(node) {
      const media = this.atrule?.name === 'media' && this.atrule.prelude ? `@media ${generate(this.atrule.prelude)} ` : '';
      const declarations: Record<string, string> = {};
      walk(node.block, { visit: 'Declaration', enter: (d) => void (declarations[d.property] = generate(d.value).trim()) });
      rules.set(media + generate(node.prelude), declarations);
    },
  });
  return rules;
}

const colour = (value: unknown) => ({ color: { brand: { primary: value } } }) as TokenOverrides;

describe('createThemeCss: what the issue found breaking a stylesheet', () => {
  // Issue 18 §5: each of these left `:root { }` empty, swallowed later rules, or was written out.
  const breaking: Array<[string, unknown]> = [
    ['an unclosed function', 'red('],
    ['an unclosed url', 'url(x'],
    ['a url that would be fetched', 'url(https://example.com/track.png)'],
    ['an unclosed rgb() that css-tree closes itself', 'rgb(1 2 3'],
    ['an unclosed bracket', '[x'],
    ['a trailing backslash', 'red\\'],
    ['a lone quote', '"'],
    ['true', true],
    ['a number where text is needed', 42],
    ['a word that is no colour', 'not-a-colour'],
    ['a declaration break-out', 'red; } body { display: none'],
    ['an element break-out', '</style><script>alert(1)</script>'],
    ['an unclosed comment', 'red /* x'],
    ['a CSS-wide keyword', 'inherit'],
    ['!important', 'red !important'],
    ['two colours', 'red blue'],
    ['an object', { value: '#fff' }],
    ['an array', ['#fff']],
    ['an empty string', '  '],
  ];
  it.each(breaking)('refuses %s with a TypeError naming the token', (_what, value) => {
    expect(() => createThemeCss(colour(value))).toThrow(TypeError);
    expect(() => createThemeCss(colour(value))).toThrow(/"color\.brand\.primary"/);
  });

  it('leaves out undefined and null leaves instead of writing them', () => {
    const css = createThemeCss({ color: { brand: { primary: undefined, accent: null } }, radius: { md: '0' } });
    expect(css).not.toMatch(/undefined|null/);
    expect(css).not.toContain('--bh-color-brand');
    expect(css).toContain('--bh-radius-md: 0;');
  });

  it('refuses a selector that is not a selector list, and a layer that is not a layer name', () => {
    for (const selector of ['x{} </style><script>alert(1)</script>', 'x { color: red', '.a,', '[data-x="1', 'a::before', '', 42]) {
      expect(() => createThemeCss({ radius: { md: '0' } }, { selector: selector as string })).toThrow(/createThemeCss: selector/);
    }
    for (const layer of ['a b', 'a, b', 'x{}', '1x', 'a.', '', '</style>', 'site.theme;@import url(x)']) {
      expect(() => createThemeCss({ radius: { md: '0' } }, { layer })).toThrow(/createThemeCss: layer/);
    }
  });

  it('refuses unknown semantic and component token paths', () => {
    expect(() => createThemeCss({ color: { nope: '#fff' } } as never)).toThrow(/unknown token "color\.nope"/);
    expect(() => createThemeCss({ colour: {} } as never)).toThrow(/unknown token "colour"/);
    expect(() => createThemeCss({ component: { quote: { nope: '#fff' } } } as never)).toThrow(/unknown token "component\.quote\.nope"/);
    expect(() => createThemeCss({ component: { nope: { markColor: '#fff' } } } as never)).toThrow(/unknown token "component\.nope"/);
    // A group given a value, and a value given a group.
    expect(() => createThemeCss({ color: '#fff' } as never)).toThrow(/color must be a plain object/);
    expect(() => createThemeCss({ color: { brand: { primary: { deeper: '#fff' } } } } as never)).toThrow(TypeError);
  });

  it('knows every component token the registered components declare', () => {
    const overrides: Record<string, Record<string, string>> = {};
    walkTokens(componentTokenPaths(definitions), ([section, name], semantic) => {
      (overrides[section!] ??= {})[name!] = `var(--bh-${String(semantic).replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`;
    });
    expect(Object.keys(overrides).length).toBeGreaterThan(10);
    expect(() => createThemeCss({ component: overrides } as TokenOverrides)).not.toThrow();
  });

  it('throws a TypeError, never a RangeError, for deep or cyclic input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.color = cyclic;
    expect(() => createThemeCss(cyclic as never)).toThrow(TypeError);
    const inner: Record<string, unknown> = {};
    inner.text = inner;
    expect(() => createThemeCss({ color: inner } as never)).toThrow(TypeError);
    let deep: Record<string, unknown> = { primary: '#fff' };
    for (let i = 0; i < 50_000; i++) deep = { brand: deep };
    expect(() => createThemeCss({ color: deep } as never)).toThrow(TypeError);
  });

  it('writes no "<" and throws nothing but a TypeError, whatever the value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'()[]{}"\'\\/*<>;:,!#%@ -+.0123456789abcdefgrlu') })), (value) => {
        try {
          const css = createThemeCss({ color: { brand: { primary: value } }, space: { lg: value } } as TokenOverrides);
          expect(css).not.toContain('<');
          rulesOf(css);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('createThemeCss: values by the type of their token', () => {
  it('accepts every built-in value for its own token', () => {
    const all = { ...baseTokens, ...themes.default } as unknown as TokenOverrides;
    expect(() => createThemeCss(all)).not.toThrow();
    for (const name of themeNames) expect(() => createThemeCss({ themes: { [name]: themes[name] } })).not.toThrow();
  });

  it('takes a colour for a colour token, in any notation, with var() and color-mix()', () => {
    for (const value of ['#006a4e', '#abc', 'green', 'rgb(0 106 78)', 'oklch(47% 0.1 165)', 'color-mix(in oklab, #006a4e 80%, black)', 'var(--site-green)', 'var(--site-green, #006a4e)', 'color-mix(in oklab, var(--site-green) 80%, white)', 'transparent', 'currentColor']) {
      expect(() => createThemeCss(colour(value)), value).not.toThrow();
    }
    for (const value of ['1rem', 'var(site-green)', 'var(--x, 1rem)', 'var(--x,)', '"#006a4e"', 'sans-serif']) {
      expect(() => createThemeCss(colour(value)), value).toThrow(/is not a colour|var\(\)|fallback|complete CSS/);
    }
  });

  it('takes lengths, font stacks, numbers and shadows for theirs', () => {
    const ok: TokenOverrides[] = [
      { space: { lg: '1.25rem' } },
      { space: { lg: 'calc(var(--bh-space-md) * 2)' } },
      { radius: { md: '0' } },
      { font: { family: { body: "'Noto Sans HK', \"Segoe UI\", sans-serif" } } },
      { font: { weight: { bold: 650 as unknown as string } } },
      { font: { lineHeight: { body: '1.7' } } },
      { shadow: { raised: '0 1px 2px rgb(0 0 0 / 0.2), 0 0 0 1px #ccc' } },
      { motion: { duration: { fast: '100ms' } } },
      { borderWidth: { thin: 'thin' } },
    ];
    for (const overrides of ok) expect(() => createThemeCss(overrides), JSON.stringify(overrides)).not.toThrow();
    const refused: TokenOverrides[] = [
      { space: { lg: 'red' } },
      { space: { lg: 12 as unknown as string } },
      { font: { family: { body: '1rem' } } },
      { font: { family: { body: '"Noto Sans HK' } } },
      { font: { lineHeight: { body: 'tall' } } },
      { shadow: { raised: 'red' } },
      { motion: { duration: { fast: '100' } } },
      { radius: { md: 'var(--x) var(--y)' } },
    ];
    for (const overrides of refused) expect(() => createThemeCss(overrides), JSON.stringify(overrides)).toThrow(TypeError);
  });
});

describe('createThemeCss: scoped per theme, in the bauhinia.theme layer', () => {
  const chosen = {
    default: ':root:is(:root,[data-theme="default"],.bh-theme-default,[data-theme="auto"]),:root :is([data-theme="default"],.bh-theme-default,[data-theme="auto"])',
    dark: ':root:is([data-theme="dark"],.bh-theme-dark),:root :is([data-theme="dark"],.bh-theme-dark)',
    'high-contrast': ':root:is([data-theme="high-contrast"],.bh-theme-high-contrast),:root :is([data-theme="high-contrast"],.bh-theme-high-contrast)',
    autoDark: '@media (prefers-color-scheme:dark) :root:is([data-theme="auto"]),:root :is([data-theme="auto"])',
    autoContrast: '@media (prefers-contrast:more) :root:is([data-theme="auto"]),:root :is([data-theme="auto"])',
  };

  it('starts with the layer order, so the theme layer follows the built-in themes whichever stylesheet comes first', () => {
    const css = createThemeCss({ radius: { md: '0' } });
    expect(css.startsWith(`${layerOrderStatement}\n@layer bauhinia.theme {`)).toBe(true);
    expect(layerNames.indexOf('bauhinia.theme')).toBe(layerNames.indexOf('bauhinia.tokens') + 1);
    expect(createThemeCss({ radius: { md: '0' } }, { layer: 'site.brand' })).toContain('\n@layer site.brand {');
  });

  it('gives each theme its own values, auto included', () => {
    const rules = rulesOf(
      createThemeCss({
        themes: {
          default: { color: { text: { link: '#006a4e' } } },
          dark: { color: { text: { link: '#4ba081' } } },
          'high-contrast': { color: { text: { link: '#000000' } } },
        },
      }),
    );
    const link = (key: keyof typeof chosen) => rules.get(chosen[key])?.['--bh-color-text-link'];
    expect([link('default'), link('dark'), link('high-contrast'), link('autoDark'), link('autoContrast')]).toEqual(['#006a4e', '#4ba081', '#000000', '#4ba081', '#000000']);
  });

  it('fills what a theme leaves out with that theme\'s own value, so nothing leaks from another theme', () => {
    // A flat colour is the default theme's; dark and high contrast keep their built-in brand.
    const rules = rulesOf(createThemeCss({ color: { brand: { primary: '#006a4e' } }, component: { quote: { markColor: '#006a4e' } } }));
    const get = (key: keyof typeof chosen, variable: string) => rules.get(chosen[key])?.[variable];
    expect(get('default', '--bh-color-brand-primary')).toBe('#006a4e');
    expect(get('dark', '--bh-color-brand-primary')).toBe(themes.dark.color.brand.primary);
    expect(get('high-contrast', '--bh-color-brand-primary')).toBe(themes['high-contrast'].color.brand.primary);
    expect(get('autoDark', '--bh-color-brand-primary')).toBe(themes.dark.color.brand.primary);
    expect(get('autoContrast', '--bh-color-brand-primary')).toBe(themes['high-contrast'].color.brand.primary);
    // A component token falls back to its alias.
    expect(get('dark', '--bh-component-quote-mark-color')).toBe('var(--bh-color-brand-accent)');
  });

  it('sets the tokens that are the same in every theme once, on the scope', () => {
    const rules = rulesOf(createThemeCss({ radius: { md: '0' }, font: { size: { md: '1.125rem' } } }));
    expect([...rules.keys()]).toEqual([':root']);
    expect(rules.get(':root')).toEqual({ '--bh-radius-md': '0', '--bh-font-size-md': '1.125rem' });
    expect(() => createThemeCss({ themes: {}, base: { color: { text: { link: '#000' } } } } as never)).toThrow(/set per theme/);
    expect(() => createThemeCss({ themes: { dark: { radius: { md: '0' } } } } as never)).toThrow(/same in every theme/);
    expect(() => createThemeCss({ themes: { sepia: {} } } as never)).toThrow(/unknown theme "themes\.sepia"/);
  });

  it('scopes to a selector list: the elements it matches that choose a theme, and themed elements inside them', () => {
    const rules = rulesOf(createThemeCss({ color: { text: { link: '#006a4e' } } }, { selector: '.site, [data-site]' }));
    expect(rules.get(':is(.site,[data-site]):is(:root,[data-theme="default"],.bh-theme-default,[data-theme="auto"]),:is(.site,[data-site]) :is([data-theme="default"],.bh-theme-default,[data-theme="auto"])')).toEqual({
      '--bh-color-text-link': '#006a4e',
    });
    expect(rules.has(':is(.site,[data-site]):is([data-theme="dark"],.bh-theme-dark),:is(.site,[data-site]) :is([data-theme="dark"],.bh-theme-dark)')).toBe(true);
  });
});
