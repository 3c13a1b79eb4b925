import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../tokens/contrast.js';
import { themeNames, themes } from '../tokens/themes.js';
import { accessibleBrand, createBrandTheme } from './brand.js';
import { createThemeCss } from './themeCss.js';

const green = '#006a4e';

describe('createBrandTheme', () => {
  const brand = createBrandTheme({ primary: green });
  const colours = (name: (typeof themeNames)[number]) => brand.themes[name].color!;

  it('puts the brand, as given, on every brand-dependent token of the default theme', () => {
    const { text, brand: brandTokens, border, focus, badge, status, surface } = colours('default');
    // The eleven tokens the issue had to find by reading styles.css, and the info accent.
    expect([brandTokens!.primary, brandTokens!.accent, text!.link, text!.accent, border!.accent, focus!.ring, badge!.currentBackground, badge!.currentBorder, status!.info]).toEqual(Array(9).fill(green));
    expect(brandTokens!.primaryStrong).toBe(text!.linkHover);
    expect(contrastRatio(brandTokens!.primaryStrong!, '#ffffff')).toBeGreaterThan(contrastRatio(green, '#ffffff'));
    expect(brandTokens!.onPrimary).toBe('#ffffff');
    // A quiet tint of the brand for accent panels, not the built-in magenta one.
    expect(surface!.accentSubtle).not.toBe(themes.default.color.surface.accentSubtle);
    expect(contrastRatio(surface!.accentSubtle!, '#ffffff')).toBeLessThan(1.2);
  });

  it('lifts the brand in the dark theme until it passes AA on every dark surface', () => {
    const { text, brand: brandTokens, badge } = colours('dark');
    // As given, the brand reads 2.69:1 on the dark page.
    expect(contrastRatio(green, themes.dark.color.surface.page)).toBeLessThan(3);
    for (const surface of Object.values(themes.dark.color.surface)) {
      if (surface === themes.dark.color.surface.accentSubtle) continue;
      expect(contrastRatio(text!.link!, surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(text!.accent!, surface)).toBeGreaterThanOrEqual(4.5);
    }
    // The lightest shade that does: close to the minimum, not white.
    expect(contrastRatio(text!.link!, themes.dark.color.surface.subtle)).toBeLessThan(5);
    expect(brandTokens!.primary).toBe(text!.link);
    expect(badge!.currentBackground).toBe(brandTokens!.accent);
  });

  it('keeps high contrast at maximum contrast, with brand-tinted accents at 7:1', () => {
    const { text, brand: brandTokens, border } = colours('high-contrast');
    expect(text!.link).toBeUndefined(); // black, as built in
    expect(brandTokens!.primary).toBeUndefined();
    for (const accent of [text!.accent!, text!.linkHover!, brandTokens!.accent!, border!.accent!]) {
      expect(contrastRatio(accent, '#ffffff')).toBeGreaterThanOrEqual(7);
      expect(accent).not.toBe(themes['high-contrast'].color.brand.accent);
    }
  });

  it('checks every theme against its contrast pairs and reports them', () => {
    for (const name of themeNames) {
      expect(brand.contrast[name].length).toBeGreaterThan(20);
      expect(brand.contrast[name].filter((check) => !check.passes)).toEqual([]);
    }
  });

  it('feeds createThemeCss directly', () => {
    const css = createThemeCss(brand);
    expect(css).toContain(`--bh-color-text-link: ${green};`);
    expect(css).toContain(`--bh-color-text-link: ${colours('dark').text!.link};`);
  });

  it('throws a TypeError naming the theme, the pair and the ratio when a pair fails AA, or reports it', () => {
    const tooLight = { primary: '#9fd3ea' };
    expect(() => createBrandTheme(tooLight)).toThrow(TypeError);
    expect(() => createBrandTheme(tooLight)).toThrow(/default: Links \(text\.link #9fd3ea on surface\.page #ffffff\) is 1\.61:1, needs 4\.5:1/);
    const reported = createBrandTheme(tooLight, { onContrastFailure: 'report' });
    const failing = reported.contrast.default.filter((check) => !check.passes).map((check) => check.pair.use);
    expect(failing).toContain('Links');
    // Only the default theme uses the colour as given; dark and high contrast derive shades that pass.
    expect(reported.contrast.dark.every((check) => check.passes)).toBe(true);
    expect(reported.contrast['high-contrast'].every((check) => check.passes)).toBe(true);
  });

  it('suggests the nearest shades that pass, and they do', () => {
    const nearest = accessibleBrand({ primary: '#9fd3ea', accent: '#ffb3c7' });
    expect(() => createBrandTheme(nearest)).not.toThrow();
    // Just enough on the quiet panels, the lightest surface that links sit on.
    expect(contrastRatio(nearest.primary, themes.default.color.surface.subtle)).toBeLessThan(4.7);
    // A brand that passes already is left as it is.
    expect(accessibleBrand({ primary: green, accent: green })).toEqual({ primary: green, accent: green });
  });

  it('takes the accent apart from the primary, and any CSS colour notation', () => {
    const two = createBrandTheme({ primary: 'rgb(0 106 78)', accent: 'oklch(45% 0.15 20)' });
    expect(two.themes.default.color!.text!.link).toBe(green);
    expect(two.themes.default.color!.badge!.currentBackground).not.toBe(green);
    expect(createBrandTheme({ primary: 'green' }).themes.default.color!.text!.link).toBe('#008000');
  });

  it('refuses what is not an opaque colour, with a TypeError naming the brand colour', () => {
    for (const primary of ['var(--site-green)', 'currentColor', 'not-a-colour', 'red(', 'rgb(0 0 0 / 0.5)', '', 42, null]) {
      expect(() => createBrandTheme({ primary } as never), String(primary)).toThrow(/createBrandTheme: brand\.primary/);
    }
    expect(() => createBrandTheme({ primary: green, secondary: '#000' } as never)).toThrow(/unknown brand colour "secondary"/);
    expect(() => createBrandTheme(null as never)).toThrow(TypeError);
  });

  it('always passes in dark and high contrast, whatever the brand', () => {
    const hex = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, hex, (primary, accent) => {
        const { contrast } = createBrandTheme({ primary, accent }, { onContrastFailure: 'report' });
        expect(contrast.dark.filter((check) => !check.passes)).toEqual([]);
        expect(contrast['high-contrast'].filter((check) => !check.passes)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
