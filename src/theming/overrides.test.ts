import { describe, expect, it } from 'vitest';
import { checkContrastPairs } from '../tokens/contrast.js';
import { themes } from '../tokens/themes.js';
import { applyOverrides } from './overrides.js';

describe('applyOverrides', () => {
  it('merges a partial theme onto a named one, for checkContrastPairs, without changing the original', () => {
    const merged = applyOverrides(themes.dark, { color: { text: { link: '#006a4e' } } });
    expect(merged.color.text.link).toBe('#006a4e');
    expect(merged.color.text.default).toBe(themes.dark.color.text.default);
    expect(themes.dark.color.text.link).not.toBe('#006a4e');
    // The light brand on the dark page: the failure the issue measured (2.69:1).
    const links = checkContrastPairs(merged).find((check) => check.pair.use === 'Links')!;
    expect(links.passes).toBe(false);
    expect(links.ratio).toBeCloseTo(2.69, 2);
  });

  it('takes the flat overrides a site passes to createThemeCss, leaving out what is not a theme colour or size', () => {
    const merged = applyOverrides(themes.default, {
      color: { brand: { primary: 'green' }, text: { link: undefined } },
      borderWidth: { thin: '2px' },
      radius: { md: '0' },
      component: { quote: { markColor: '#000' } },
    });
    expect(merged.color.brand.primary).toBe('green');
    expect(merged.color.text.link).toBe(themes.default.color.text.link);
    expect(merged.borderWidth.thin).toBe('2px');
    expect(Object.keys(merged).sort()).toEqual(Object.keys(themes.default).sort());
  });

  it('checks paths and values as createThemeCss does', () => {
    expect(() => applyOverrides(themes.dark, { color: { text: { lnk: '#000' } } } as never)).toThrow(/applyOverrides: unknown token "color\.text\.lnk"/);
    expect(() => applyOverrides(themes.dark, { color: { text: { link: 'red(' } } })).toThrow(TypeError);
  });
});
