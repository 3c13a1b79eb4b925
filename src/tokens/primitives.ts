/**
 * Tier 1: raw palette and scales. Components never use these directly; the semantic tokens in
 * `themes.ts` and `base.ts` give them meaning. All colours are `#rrggbb` so contrast can be computed.
 */
export const palette = {
  white: '#ffffff',
  black: '#000000',
  warmGrey: {
    50: '#f7f5f2',
    100: '#eeeae5',
    200: '#ddd7cf',
    400: '#8c8379',
    600: '#5e5750',
    800: '#37322d',
    900: '#1f1c19',
  },
  harbour: {
    100: '#dcebf2',
    300: '#8fcbe6',
    500: '#1a6f93',
    700: '#0b4f6c',
    800: '#083b51',
    900: '#062c3c',
  },
  bauhinia: {
    100: '#f9e3ec',
    300: '#f39bbd',
    600: '#b0155a',
    700: '#94114b',
    800: '#9e0038',
  },
  night: {
    900: '#0e1922',
    850: '#14222e',
    800: '#1b2c3a',
    600: '#5f7485',
    300: '#b6c3ce',
    100: '#edf1f4',
  },
  amber: { 300: '#ffcf5c', 800: '#8a4b00' },
  green: { 300: '#7fd69b', 700: '#1d6b36' },
  red: { 300: '#ff9c94', 700: '#b3261e' },
  /** The colours Hong Kong's rainstorm warning signals are named by (amber, red; black is `black`). */
  signal: { amber: '#f2a900', red: '#d0211c' },
} as const;

export const fontStacks = {
  // Latin-only families first, so CJK glyphs fall through to the script's own font.
  latin:
    '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", system-ui, sans-serif',
  // Hong Kong forms first (HKSCS coverage), then Taiwan forms.
  hant:
    '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans HK", "Noto Sans CJK HK", "PingFang HK", "Microsoft JhengHei", "Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Source Han Sans HK", sans-serif',
  hans:
    '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
} as const;
