import { describe, expect, it } from 'vitest';
import { fromOklch, srgb, toHex, toOklch } from './colour.js';
import { checkContrastPairs, contrastRatio, relativeLuminance, themeColour } from './contrast.js';
import { contrastPairs, themeNames, themes } from './themes.js';
import { mapTokens, tokenVarName, walkTokens } from './naming.js';


describe('contrast maths', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1 borderline grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 10);
  });

  it('takes any colour a stylesheet takes, resolved to the sRGB a screen shows', () => {
    // green is #008000: 5.14:1 on white.
    expect(contrastRatio('green', '#fff')).toBeCloseTo(5.14, 2);
    expect(contrastRatio('rgb(0 106 78)', 'white')).toBeCloseTo(contrastRatio('#006a4e', '#ffffff'), 10);
    expect(contrastRatio('#abc', '#000')).toBeCloseTo(contrastRatio('#aabbcc', '#000000'), 10);
    expect(contrastRatio('hsl(0 0% 0%)', 'oklch(100% 0 0)')).toBeCloseTo(21, 5);
    expect(toHex(' RGB(0 106 78) ')).toBe('#006a4e');
    expect(toHex(' #FFF ')).toBe('#ffffff');
    expect(toHex('oklch(62.8% 0.2577 29.23)')).toBe('#ff0000');
    // Outside sRGB: chroma is lowered, lightness kept, as CSS Color 4 maps it.
    expect(srgb('color(display-p3 0 1 0)').every((v) => v >= 0 && v <= 255)).toBe(true);
    expect(relativeLuminance('black')).toBe(0);
    expect(relativeLuminance('white')).toBeCloseTo(1, 10);
    // Channels of 10/255 and below are on WCAG's linear segment: (10 / 255) / 12.92.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
  });

  it('refuses what depends on where it is used, and translucent colours, with a TypeError that says so', () => {
    expect(() => contrastRatio('var(--bh-color-text-link)', '#fff')).toThrow(/var\(\), currentColor/);
    expect(() => contrastRatio('#fff', 'currentColor')).toThrow(TypeError);
    expect(() => contrastRatio('not-a-colour', '#fff')).toThrow(/^Cannot resolve "not-a-colour" to a colour: give a CSS colour such as #006a4e/);
    expect(() => contrastRatio('#fff', 'currentColor')).toThrow(/^Cannot resolve "currentColor" to a colour: var\(\), currentColor and the like/);
    expect(() => contrastRatio('rgb(0 0 0 / 0.5)', '#fff')).toThrow(/translucent/);
    expect(() => contrastRatio(42 as never, '#fff')).toThrow(/^Cannot resolve 42 to a colour: give a CSS colour/);
  });

  it('keeps hue and chroma when only the lightness changes', () => {
    const { l, c, h } = toOklch('#006a4e');
    expect(toHex(fromOklch({ l, c, h }))).toBe('#006a4e');
    const lighter = toOklch(fromOklch({ l: l + 0.2, c, h }));
    expect(lighter.l).toBeCloseTo(l + 0.2, 2);
    expect(lighter.h).toBeCloseTo(h, 0);
  });

  it('finds a theme colour by its dotted path, and nothing for a path that is not there', () => {
    expect(themeColour(themes.default, 'text.link')).toBe(themes.default.color.text.link);
    expect(themeColour(themes.default, 'text.nothing')).toBeUndefined();
    expect(themeColour(themes.default, 'nothing.at.all')).toBeUndefined();
  });

  it('passes a pair at exactly its minimum ("at least", as WCAG says)', () => {
    const theme = structuredClone(themes.default) as typeof themes.default;
    (theme.color.text as { default: string }).default = theme.color.surface.page;
    // The same colour on itself is exactly 1:1.
    const [check] = checkContrastPairs(theme, [{ foreground: 'text.default', background: 'surface.page', minimum: 1 as 3, use: 'Same colour' }]);
    expect(check!.ratio).toBe(1);
    expect(check!.passes).toBe(true);
  });

  it('gives a grey hue 0 and keeps lightness within 0-1', () => {
    expect(toOklch('#777777')).toMatchObject({ c: expect.closeTo(0, 5), h: 0 });
    expect(toHex(fromOklch({ l: 1.5, c: 0, h: 0 }))).toBe('#ffffff');
    expect(toHex(fromOklch({ l: -0.5, c: 0, h: 0 }))).toBe('#000000');
    expect(toHex('#0a0b0c')).toBe('#0a0b0c');
  });

  it('reports a value it cannot measure as a failing pair instead of throwing', () => {
    const theme = structuredClone(themes.default) as typeof themes.default;
    (theme.color.text as { link: string }).link = 'var(--site-link)';
    const links = checkContrastPairs(theme).find((check) => check.pair.use === 'Links')!;
    expect(links.ratio).toBeNaN();
    expect(links.passes).toBe(false);
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

describe('token naming', () => {
  it('kebab-cases paths under the bh prefix', () => {
    expect(tokenVarName(['color', 'text', 'linkHover'])).toBe('bh-color-text-link-hover');
    expect(tokenVarName(['space', 'xs'])).toBe('bh-space-xs');
    expect(tokenVarName(['component', 'quoteBlock', 'ringOffsetWidth'])).toBe('bh-component-quote-block-ring-offset-width');
  });

  const tree = { color: { text: { default: '#111', linkHover: '#222' } }, lineHeight: 1.5, empty: {}, missing: null };

  it('walks every leaf of a token tree, in order, with its path; null is a leaf, not a branch', () => {
    const leaves: [string[], unknown][] = [];
    walkTokens(tree, (path, value) => leaves.push([path, value]));
    expect(leaves).toEqual([
      [['color', 'text', 'default'], '#111'],
      [['color', 'text', 'linkHover'], '#222'],
      [['lineHeight'], 1.5],
      [['missing'], null],
    ]);
  });

  it('maps a token tree leaf by leaf, keeping its shape', () => {
    expect(mapTokens(tree, (path, value) => `${path.join('.')}=${value}`)).toEqual({
      color: { text: { default: 'color.text.default=#111', linkHover: 'color.text.linkHover=#222' } },
      lineHeight: 'lineHeight=1.5',
      empty: {},
      missing: 'missing=null',
    });
  });
});
