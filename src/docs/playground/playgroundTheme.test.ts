import { describe, expect, it } from 'vitest';
import { createBrandTheme } from '../../theming/brand.js';
import { createThemeCss } from '../../theming/themeCss.js';
import { formatOklch, formatRatio, hexOf, initialInput, playgroundTheme } from './playgroundTheme.js';

describe('the theme playground', () => {
  it('opens at the themes as shipped: nothing to copy', () => {
    const result = playgroundTheme(initialInput);
    expect(result.css).toBeUndefined();
    expect(result.brand).toBeUndefined();
    expect(result.code).toMatch(/Nothing changed yet/);
  });

  it('copies exactly what createThemeCss(createBrandTheme(…)) gives a site, and shows that code', () => {
    const result = playgroundTheme({ ...initialInput, primary: 'rgb(0 106 78)' });
    expect(result.css).toBe(createThemeCss(createBrandTheme({ primary: '#006a4e', accent: initialInput.accent })));
    expect(result.code).toContain(`createThemeCss(createBrandTheme({ primary: '#006a4e', accent: '${initialInput.accent}' }))`);
    // One colour for both: the accent follows the brand.
    const one = playgroundTheme({ ...initialInput, primary: '#006a4e', accent: '#006a4e' });
    expect(one.css).toBe(createThemeCss(createBrandTheme({ primary: '#006a4e' })));
    expect(one.code).toContain("createBrandTheme({ primary: '#006a4e' })");
  });

  it('adds radius and type scale as tokens of every theme', () => {
    const result = playgroundTheme({ ...initialInput, radiusScale: 0, typeScale: 1.125 });
    expect(result.base.radius).toEqual({ sm: '0rem', md: '0rem', lg: '0rem' });
    expect(result.base.font?.size?.xs).toBe('0.9141rem');
    expect(result.base.font?.size?.md).toBe('calc(clamp(1rem, 0.97rem + 0.15vw, 1.0625rem) * 1.125)');
    expect(result.css).toContain('--bh-radius-md: 0rem;');
    expect(result.code).toContain('themes: {}');
  });

  it('reports a failing brand and suggests the nearest shades that pass', () => {
    const result = playgroundTheme({ ...initialInput, primary: '#9fd3ea' });
    expect(result.brand!.contrast.default.some((check) => !check.passes)).toBe(true);
    const fixed = playgroundTheme({ ...initialInput, ...result.nearest });
    expect(Object.values(fixed.brand!.contrast).flat().every((check) => check.passes)).toBe(true);
  });

  it('formats what it shows', () => {
    expect(hexOf('green')).toBe('#008000');
    expect(hexOf('not a colour')).toBeUndefined();
    expect(formatOklch('#0000ff')).toBe('oklch(45.2% 0.313 264.1)');
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(Number.NaN)).toBe('n/a');
  });
});
