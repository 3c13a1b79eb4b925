// Issue 18 §5, in Chromium: every input that broke a site's stylesheet through createThemeCss is now
// either refused with a TypeError, or gives CSS after which a following rule in the same <style>
// still applies. Each case puts the output and a probe rule in one <style>, as a site would.
import { afterEach, describe, expect, it } from 'vitest';
import { createThemeCss, type ThemeCssOptions } from '../../src/theming/themeCss.js';
import type { TokenOverrides } from '../../src/theming/overrides.js';
import { themes } from '../../src/tokens/themes.js';

const probeRule = '#theme-css-probe { outline: 7px solid rgb(1, 2, 3); }';
let added: HTMLElement[] = [];

afterEach(() => {
  for (const element of added) element.remove();
  added = [];
});

/** Puts `css` and the probe rule in one <style>; returns the probe's computed style and the sheet. */
function load(css: string) {
  const style = document.createElement('style');
  style.textContent = `${css}\n${probeRule}`;
  const probe = document.createElement('div');
  probe.id = 'theme-css-probe';
  document.head.append(style);
  document.body.append(probe);
  added.push(style, probe);
  return { probe: getComputedStyle(probe), rules: [...style.sheet!.cssRules].map((rule) => rule.cssText) };
}

const cyclic: Record<string, unknown> = {};
cyclic.color = cyclic;
let deep: Record<string, unknown> = { primary: '#000000' };
for (let i = 0; i < 20_000; i++) deep = { brand: deep };

const primary = (value: unknown) => ({ color: { brand: { primary: value } } }) as TokenOverrides;
const cases: Array<[string, TokenOverrides, ThemeCssOptions?]> = [
  ['primary: "red("', primary('red(')],
  ['primary: "url(x"', primary('url(x')],
  ['primary: "rgb(1 2 3"', primary('rgb(1 2 3')],
  ['primary: "[x"', primary('[x')],
  ['a trailing backslash', primary('red\\')],
  ['a lone quote', primary('"')],
  ['primary: undefined', primary(undefined)],
  ['primary: null', primary(null)],
  ['primary: true', primary(true)],
  ['url(https://…) as a colour', primary('url(https://example.com/track.png)')],
  ['"not-a-colour" as a colour', primary('not-a-colour')],
  ['a selector breaking out of the element', primary('#006a4e'), { selector: 'x{} </style><script>alert(1)</script>' }],
  ['a selector breaking out of the rule', primary('#006a4e'), { selector: 'x{} body { display: none' }],
  ['a layer breaking out of the at-rule', primary('#006a4e'), { layer: 'x{} body { display: none } @layer y' }],
  ['a layer breaking out of the element', primary('#006a4e'), { layer: '</style><script>alert(1)</script>' }],
  ['cyclic input', cyclic as TokenOverrides],
  ['deep input', { color: deep } as TokenOverrides],
  ['an unknown component token', { component: { quote: { markColour: '#006a4e' } } } as TokenOverrides],
  ['an unknown component', { component: { carousel: { arrow: '#006a4e' } } } as TokenOverrides],
];

describe('createThemeCss in Chromium: what broke a stylesheet', () => {
  it('the check can fail: the unchecked CSS of the issue swallows the rule after it', () => {
    const { probe } = load(':root {\n  --bh-color-brand-primary: red(;\n}');
    expect(probe.outlineWidth).not.toBe('7px');
  });

  it.each(cases)('%s: refused with a TypeError, or the rules after it survive', (_what, overrides, options) => {
    let css: string;
    try {
      css = createThemeCss(overrides, options);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      return;
    }
    expect(css).not.toContain('<');
    const { probe, rules } = load(css);
    expect(probe.outlineWidth).toBe('7px');
    expect(probe.outlineColor).toBe('rgb(1, 2, 3)');
    // Every rule the theme wrote is in the sheet: the order statement, the layer block, the probe.
    expect(rules).toHaveLength(3);
    // undefined and null are left out: the built-in value stays.
    expect(getComputedStyle(document.documentElement).getPropertyValue('--bh-color-brand-primary').trim()).toBe(themes.default.color.brand.primary);
  });

  it('a brand theme loads whole, with its quoted selectors, and the rules after it survive', () => {
    const { probe, rules } = load(createThemeCss({ themes: { default: { color: { brand: { primary: '#006a4e' } } } } }));
    expect(probe.outlineWidth).toBe('7px');
    expect(rules[1]).toContain('[data-theme="dark"]');
    expect(getComputedStyle(document.documentElement).getPropertyValue('--bh-color-brand-primary').trim()).toBe('#006a4e');
  });
});
