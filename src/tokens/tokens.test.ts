import { describe, expect, it } from 'vitest';
import { checkContrastPairs, contrastRatio, parseHexColor } from './contrast.js';
import { createThemeCss } from './themeCss.js';
import { contrastPairs, themeNames, themes } from './themes.js';
import { tokenVarName } from './naming.js';


describe('contrast maths', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1 borderline grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 10);
  });

  it('rejects colours it cannot measure', () => {
    expect(parseHexColor('rgb(0 0 0)')).toBeUndefined();
    expect(() => contrastRatio('red', '#fff')).toThrow(TypeError);
  });
});

describe('every semantic text/background pair meets WCAG 2.2 AA in every theme', () => {
  for (const name of themeNames) {
    describe(name, () => {
      it.each(checkContrastPairs(themes[name]).map((check) => [check.pair.use, check] as const))('%s', (_use, { pair, ratio }) => {
        expect(
          ratio,
          `${name}: ${pair.foreground} on ${pair.background} is ${ratio.toFixed(2)}:1, needs ${pair.minimum}:1`,
        ).toBeGreaterThanOrEqual(pair.minimum);
      });
    });
  }

  it('covers every text colour of every theme', () => {
    const measured = new Set(contrastPairs.flatMap((p) => [p.foreground, p.background]));
    for (const key of Object.keys(themes.default.color.text)) expect(measured).toContain(`text.${key}`);
  });
});

describe('high contrast theme', () => {
  it('uses thicker borders and focus rings than the default', () => {
    const px = (v: string) => Number.parseFloat(v);
    expect(px(themes['high-contrast'].borderWidth.thin)).toBeGreaterThanOrEqual(2);
    expect(px(themes['high-contrast'].focus.width)).toBeGreaterThanOrEqual(3);
    expect(px(themes['high-contrast'].focus.width)).toBeGreaterThan(px(themes.default.focus.width));
  });
});

describe('createThemeCss', () => {
  it('turns partial overrides into --bh-* declarations', () => {
    const css = createThemeCss({ color: { brand: { primary: '#00528a' } }, radius: { md: '0' } });
    expect(css).toBe(':root {\n  --bh-color-brand-primary: #00528a;\n  --bh-radius-md: 0;\n}');
  });

  it('scopes to a selector and a layer', () => {
    const css = createThemeCss({ component: { badge: { currentBackground: '#123456' } } }, { selector: '.my-site', layer: 'site.theme' });
    expect(css).toContain('@layer site.theme {');
    expect(css).toContain('.my-site {');
    expect(css).toContain('--bh-component-badge-current-background: #123456;');
  });

  it('refuses unknown tokens and values that would escape the declaration', () => {
    expect(() => createThemeCss({ color: { nope: '#fff' } } as never)).toThrow(/Unknown token "color.nope"/);
    expect(() => createThemeCss({ color: { brand: { primary: 'red; } body { display:none' } } })).toThrow(TypeError);
    expect(() => createThemeCss({ color: { brand: { primary: '</style><script>' } } })).toThrow(TypeError);
    expect(() => createThemeCss({ color: { brand: { primary: '  ' } } })).toThrow(TypeError);
  });
});

describe('token naming', () => {
  it('kebab-cases paths under the bh prefix', () => {
    expect(tokenVarName(['color', 'text', 'linkHover'])).toBe('bh-color-text-link-hover');
  });
});
