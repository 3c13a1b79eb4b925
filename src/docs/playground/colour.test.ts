import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../tokens/contrast.js';
import { createThemeCss } from '../../tokens/themeCss.js';
import { themeNames, themes } from '../../tokens/themes.js';
import {
  buildPlaygroundTheme,
  checkPairs,
  defaultInput,
  formatHex,
  formatOklch,
  formatRatio,
  hexToOklch,
  nearestAccessible,
  normaliseHex,
  oklchToHex,
  oklchToRgb,
  readableTextOn,
  selectorFor,
  strongerShade,
  tintFor,
} from './colour.js';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => formatHex(rgb));

describe('hex', () => {
  it('normalises short and upper-case hex and rejects everything else', () => {
    expect(normaliseHex('#ABC')).toBe('#aabbcc');
    expect(normaliseHex('  #0B4F6C ')).toBe('#0b4f6c');
    expect(normaliseHex('red')).toBeUndefined();
    expect(normaliseHex('#12345')).toBeUndefined();
    expect(normaliseHex('0b4f6c')).toBeUndefined();
  });

  it('formats rounded, clamped channels', () => {
    expect(formatHex([255.4, -3, 15.6])).toBe('#ff0010');
  });
});

describe('OKLCH', () => {
  it('converts known colours to their published OKLCH values', () => {
    const red = hexToOklch('#ff0000');
    expect(red.l).toBeCloseTo(0.628, 3);
    expect(red.c).toBeCloseTo(0.2577, 3);
    expect(red.h).toBeCloseTo(29.23, 1);
    const whiteColour = hexToOklch('#ffffff');
    expect(whiteColour.l).toBeCloseTo(1, 4);
    expect(whiteColour.c).toBeLessThan(1e-4);
    expect(formatOklch(hexToOklch('#0000ff'))).toBe('oklch(45.2% 0.313 264.1)');
  });

  it('round-trips the palette and any sRGB colour exactly through OKLCH', () => {
    for (const hex of ['#0b4f6c', '#b0155a', '#1f1c19', '#f7f5f2', '#000000', '#ffffff']) {
      expect(oklchToHex(hexToOklch(hex))).toBe(hex);
    }
    fc.assert(fc.property(hexColour, (hex) => oklchToHex(hexToOklch(hex)) === hex));
  });

  it('brings out-of-gamut colours into sRGB by reducing chroma, keeping lightness and hue', () => {
    const wanted = { l: 0.7, c: 0.4, h: 150 };
    const rgb = oklchToRgb(wanted);
    for (const channel of rgb) {
      expect(channel).toBeGreaterThanOrEqual(0);
      expect(channel).toBeLessThanOrEqual(255);
    }
    const got = hexToOklch(formatHex(rgb));
    expect(got.l).toBeCloseTo(0.7, 2);
    expect(Math.abs(got.h - 150)).toBeLessThan(2);
    expect(got.c).toBeLessThan(0.4);
  });
});

describe('derived colours', () => {
  it('picks text that reaches 4.5:1 on any background', () => {
    expect(readableTextOn('#0b4f6c')).toBe('#ffffff');
    expect(readableTextOn('#ffcf5c')).toBe('#000000');
    fc.assert(fc.property(hexColour, (bg) => contrastRatio(readableTextOn(bg), bg) >= 4.5));
  });

  it('prefers the first candidate that passes', () => {
    expect(readableTextOn('#8fcbe6', 4.5, ['#ffffff', '#1f1c19'])).toBe('#1f1c19');
  });

  it('moves a too-light colour just far enough to pass, keeping its hue', () => {
    const light = '#8fcbe6';
    expect(contrastRatio(light, '#ffffff')).toBeLessThan(4.5);
    const fixed = nearestAccessible(light, '#ffffff', 4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeLessThan(4.8);
    expect(Math.abs(hexToOklch(fixed).h - hexToOklch(light).h)).toBeLessThan(5);
    expect(nearestAccessible('#0b4f6c', '#ffffff')).toBe('#0b4f6c');
  });

  it('finds an accessible shade for any pair of colours', () => {
    fc.assert(
      fc.property(hexColour, hexColour, fc.constantFrom(3, 4.5), (fg, bg, minimum) => contrastRatio(nearestAccessible(fg, bg, minimum), bg) >= minimum),
    );
  });

  it('makes stronger shades darker on light pages and lighter on dark ones', () => {
    const brand = '#1a6f93';
    expect(hexToOklch(strongerShade(brand, '#ffffff')).l).toBeLessThan(hexToOklch(brand).l);
    expect(hexToOklch(strongerShade(brand, '#0e1922')).l).toBeGreaterThan(hexToOklch(brand).l);
    expect(hexToOklch(tintFor(brand, '#ffffff')).l).toBeGreaterThan(0.9);
    expect(hexToOklch(tintFor(brand, '#0e1922')).l).toBeLessThan(0.35);
  });
});

describe('contrast check', () => {
  it('passes every pair of every shipped theme', () => {
    for (const name of themeNames) expect(checkPairs(themes[name]).filter((r) => !r.passes)).toEqual([]);
  });

  it('shows ratios rounded down, so a failing ratio never reads as the minimum', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
    expect(formatRatio(Number.NaN)).toBe('n/a');
  });
});

describe('buildPlaygroundTheme', () => {
  it('overrides nothing when the inputs are the base theme', () => {
    for (const name of themeNames) {
      const result = buildPlaygroundTheme(defaultInput(name), name);
      expect(result.overrides).toEqual({});
      expect(result.changed.size).toBe(0);
    }
  });

  it('warns about a brand colour too light for links on the page', () => {
    const { theme, changed } = buildPlaygroundTheme({ ...defaultInput('default'), brand: '#8fcbe6' }, 'default');
    const failing = checkPairs(theme).filter((r) => !r.passes);
    expect(failing.map((r) => `${r.pair.foreground} on ${r.pair.background}`)).toContain('text.link on surface.page');
    expect(changed.has('text.link')).toBe(true);
    // Text placed on the brand colour is still chosen to be readable.
    expect(contrastRatio(theme.color.brand.onPrimary, theme.color.brand.primary)).toBeGreaterThanOrEqual(4.5);
  });

  it('passes every pair when the brand is replaced by its nearest accessible shade', () => {
    const brand = nearestAccessible('#8fcbe6', themes.default.color.surface.subtle);
    const { theme } = buildPlaygroundTheme({ ...defaultInput('default'), brand }, 'default');
    expect(checkPairs(theme).filter((r) => !r.passes)).toEqual([]);
  });

  it('keeps kicker text readable whatever the accent', () => {
    fc.assert(
      fc.property(hexColour, fc.constantFrom(...themeNames), (accent, name) => {
        const { theme } = buildPlaygroundTheme({ ...defaultInput(name), accent }, name);
        return checkPairs(theme)
          .filter((r) => r.pair.foreground === 'text.accent' || r.pair.foreground.startsWith('badge.currentText') || r.pair.foreground === 'brand.onAccent')
          .every((r) => r.passes);
      }),
    );
  });

  it('produces overrides that createThemeCss accepts, re-declaring the component aliases they feed', () => {
    const { overrides } = buildPlaygroundTheme({ brand: '#00528a', accent: '#7a1f5c', radiusScale: 0, typeScale: 1.1 }, 'default');
    const css = createThemeCss(overrides, { selector: selectorFor('default') });
    expect(css).toMatch(/^:root, \[data-theme="default"\], \.bh-theme-default \{/);
    expect(css).toContain('--bh-color-brand-primary: #00528a;');
    expect(css).toContain('--bh-color-text-link: #00528a;');
    expect(css).toContain('--bh-component-profile-monogram-background: var(--bh-color-brand-primary);');
    expect(css).toContain('--bh-component-badge-current-background: var(--bh-color-badge-current-background);');
    expect(css).toContain('--bh-radius-md: 0rem;');
    expect(css).toContain('--bh-font-size-xs: 0.8938rem;');
    expect(css).toContain('--bh-font-size-md: calc(clamp(1rem, 0.97rem + 0.15vw, 1.0625rem) * 1.1);');
    expect(JSON.parse(JSON.stringify(overrides))).toEqual(overrides);
  });

  it('keeps the dark theme’s own focus colour when the brand changes', () => {
    const { overrides } = buildPlaygroundTheme({ ...defaultInput('dark'), brand: '#a0d8ff' }, 'dark');
    expect(overrides.color?.focus).toBeUndefined();
    expect(overrides.color?.text?.link).toBe('#a0d8ff');
    expect(selectorFor('dark')).toBe('[data-theme="dark"], .bh-theme-dark');
  });
});
