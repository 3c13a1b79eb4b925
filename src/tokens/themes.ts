import { palette } from './primitives.js';

/**
 * Tier 2, theme-dependent semantic tokens. Every theme implements the same shape; components use
 * only these (through `vars`), never the palette.
 */
export interface ThemeTokens {
  color: {
    text: { default: string; muted: string; inverse: string; link: string; linkHover: string; accent: string };
    surface: { page: string; raised: string; subtle: string; accentSubtle: string };
    brand: { primary: string; primaryStrong: string; onPrimary: string; accent: string; onAccent: string };
    border: { default: string; subtle: string; strong: string; accent: string };
    focus: { ring: string; halo: string };
    status: { info: string; success: string; warning: string; danger: string };
    badge: {
      background: string;
      text: string;
      border: string;
      currentBackground: string;
      currentText: string;
      currentBorder: string;
    };
    /**
     * The colours of Hong Kong's rainstorm warning signals, the same in every theme: a signal's
     * colour is its name. A fill beside the name, never the only sign of it.
     */
    weather: { amber: string; red: string; black: string };
  };
  borderWidth: { thin: string; thick: string; accent: string };
  focus: { width: string; offset: string };
  shadow: { raised: string };
  link: { underlineThickness: string; underlineOffset: string };
}

const weather = { amber: palette.signal.amber, red: palette.signal.red, black: palette.black };

const defaultTheme: ThemeTokens = {
  color: {
    text: {
      default: palette.warmGrey[900],
      muted: palette.warmGrey[600],
      inverse: palette.white,
      link: palette.harbour[700],
      linkHover: palette.harbour[900],
      accent: palette.bauhinia[700],
    },
    surface: {
      page: palette.white,
      raised: palette.white,
      subtle: palette.warmGrey[50],
      accentSubtle: palette.bauhinia[100],
    },
    brand: {
      primary: palette.harbour[700],
      primaryStrong: palette.harbour[800],
      onPrimary: palette.white,
      accent: palette.bauhinia[600],
      onAccent: palette.white,
    },
    border: {
      default: palette.warmGrey[400],
      subtle: palette.warmGrey[200],
      strong: palette.warmGrey[800],
      accent: palette.bauhinia[600],
    },
    focus: { ring: palette.harbour[700], halo: palette.white },
    status: {
      info: palette.harbour[700],
      success: palette.green[700],
      warning: palette.amber[800],
      danger: palette.red[700],
    },
    badge: {
      background: palette.white,
      text: palette.warmGrey[900],
      border: palette.warmGrey[400],
      currentBackground: palette.bauhinia[700],
      currentText: palette.white,
      currentBorder: palette.bauhinia[700],
    },
    weather,
  },
  borderWidth: { thin: '1px', thick: '2px', accent: '4px' },
  focus: { width: '3px', offset: '2px' },
  shadow: { raised: '0 1px 2px rgb(31 28 25 / 0.08), 0 2px 8px rgb(31 28 25 / 0.06)' },
  link: { underlineThickness: '1px', underlineOffset: '0.2em' },
};

const darkTheme: ThemeTokens = {
  color: {
    text: {
      default: palette.night[100],
      muted: palette.night[300],
      inverse: palette.night[900],
      link: palette.harbour[300],
      linkHover: palette.white,
      accent: palette.bauhinia[300],
    },
    surface: {
      page: palette.night[900],
      raised: palette.night[850],
      subtle: palette.night[800],
      accentSubtle: '#3a1a2a',
    },
    brand: {
      primary: palette.harbour[300],
      primaryStrong: palette.harbour[100],
      onPrimary: palette.night[900],
      accent: palette.bauhinia[300],
      onAccent: palette.night[900],
    },
    border: {
      default: palette.night[600],
      subtle: palette.night[800],
      strong: palette.night[300],
      accent: palette.bauhinia[300],
    },
    focus: { ring: palette.amber[300], halo: palette.night[900] },
    status: {
      info: palette.harbour[300],
      success: palette.green[300],
      warning: palette.amber[300],
      danger: palette.red[300],
    },
    badge: {
      background: palette.night[850],
      text: palette.night[100],
      border: palette.night[600],
      currentBackground: palette.bauhinia[300],
      currentText: palette.night[900],
      currentBorder: palette.bauhinia[300],
    },
    weather,
  },
  borderWidth: { thin: '1px', thick: '2px', accent: '4px' },
  focus: { width: '3px', offset: '2px' },
  shadow: { raised: '0 1px 2px rgb(0 0 0 / 0.4), 0 2px 8px rgb(0 0 0 / 0.3)' },
  link: { underlineThickness: '1px', underlineOffset: '0.2em' },
};

const highContrastTheme: ThemeTokens = {
  color: {
    text: {
      default: palette.black,
      muted: palette.black,
      inverse: palette.white,
      link: palette.black,
      linkHover: palette.bauhinia[800],
      accent: palette.bauhinia[800],
    },
    surface: {
      page: palette.white,
      raised: palette.white,
      subtle: palette.white,
      accentSubtle: palette.white,
    },
    brand: {
      primary: palette.black,
      primaryStrong: palette.black,
      onPrimary: palette.white,
      accent: palette.bauhinia[800],
      onAccent: palette.white,
    },
    border: {
      default: palette.black,
      subtle: palette.black,
      strong: palette.black,
      accent: palette.bauhinia[800],
    },
    focus: { ring: palette.black, halo: palette.white },
    status: {
      info: palette.black,
      success: palette.black,
      warning: palette.black,
      danger: palette.bauhinia[800],
    },
    badge: {
      background: palette.white,
      text: palette.black,
      border: palette.black,
      currentBackground: palette.black,
      currentText: palette.white,
      currentBorder: palette.black,
    },
    weather,
  },
  borderWidth: { thin: '2px', thick: '3px', accent: '6px' },
  focus: { width: '4px', offset: '2px' },
  shadow: { raised: 'none' },
  link: { underlineThickness: '2px', underlineOffset: '0.2em' },
};

export const themes = {
  default: defaultTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
} as const satisfies Record<string, ThemeTokens>;

export type ThemeName = keyof typeof themes;
export const themeNames = Object.keys(themes) as ThemeName[];

/** An element that chooses a theme: any `data-theme` (including `auto`), or a theme class. */
export const themeChoiceSelector = ['[data-theme]', ...themeNames.map((name) => `.bh-theme-${name}`)].join(', ');

/**
 * Where theme variables, and the component aliases that depend on them, are declared: the root
 * and every element that chooses a theme, so each resolves in its element's theme.
 */
export const themedSelector = `:root, ${themeChoiceSelector}`;

type ColorPath = {
  [G in keyof ThemeTokens['color']]: `${G & string}.${keyof ThemeTokens['color'][G] & string}`;
}[keyof ThemeTokens['color']];

export interface ContrastPair {
  foreground: ColorPath;
  background: ColorPath;
  /** 4.5 for body text, 3 for large text, borders, focus indicators and other non-text UI. */
  minimum: 4.5 | 3;
  use: string;
}

/** Every foreground/background combination a component puts on screen. */
export const contrastPairs: readonly ContrastPair[] = [
  { foreground: 'text.default', background: 'surface.page', minimum: 4.5, use: 'Body text' },
  { foreground: 'text.default', background: 'surface.raised', minimum: 4.5, use: 'Text on cards' },
  { foreground: 'text.default', background: 'surface.subtle', minimum: 4.5, use: 'Text on quiet panels' },
  { foreground: 'text.default', background: 'surface.accentSubtle', minimum: 4.5, use: 'Text on accent panels' },
  { foreground: 'text.muted', background: 'surface.page', minimum: 4.5, use: 'Meta text, captions' },
  { foreground: 'text.muted', background: 'surface.raised', minimum: 4.5, use: 'Meta text on cards' },
  { foreground: 'text.muted', background: 'surface.subtle', minimum: 4.5, use: 'Meta text on quiet panels' },
  { foreground: 'text.link', background: 'surface.page', minimum: 4.5, use: 'Links' },
  { foreground: 'text.link', background: 'surface.raised', minimum: 4.5, use: 'Links on cards' },
  { foreground: 'text.link', background: 'surface.subtle', minimum: 4.5, use: 'Links on quiet panels' },
  { foreground: 'text.linkHover', background: 'surface.page', minimum: 4.5, use: 'Hovered links' },
  { foreground: 'text.accent', background: 'surface.page', minimum: 4.5, use: 'Kicker' },
  { foreground: 'text.accent', background: 'surface.raised', minimum: 4.5, use: 'Kicker on cards' },
  { foreground: 'text.accent', background: 'surface.subtle', minimum: 4.5, use: 'Kicker on quiet panels' },
  { foreground: 'text.inverse', background: 'brand.primary', minimum: 4.5, use: 'Text on primary' },
  { foreground: 'brand.onPrimary', background: 'brand.primary', minimum: 4.5, use: 'Monogram on primary' },
  { foreground: 'brand.onPrimary', background: 'brand.primaryStrong', minimum: 4.5, use: 'Button text, hovered' },
  { foreground: 'brand.primary', background: 'surface.page', minimum: 4.5, use: 'Secondary button text and outline' },
  { foreground: 'brand.primary', background: 'surface.subtle', minimum: 4.5, use: 'Secondary button, hovered or on quiet panels' },
  { foreground: 'brand.onAccent', background: 'brand.accent', minimum: 4.5, use: 'Text on accent' },
  { foreground: 'badge.text', background: 'badge.background', minimum: 4.5, use: 'Badge text' },
  { foreground: 'badge.currentText', background: 'badge.currentBackground', minimum: 4.5, use: 'Current badge text' },
  { foreground: 'badge.border', background: 'surface.page', minimum: 3, use: 'Badge outline' },
  { foreground: 'badge.currentBackground', background: 'surface.page', minimum: 3, use: 'Current badge fill' },
  { foreground: 'border.default', background: 'surface.page', minimum: 3, use: 'Component borders' },
  { foreground: 'border.strong', background: 'surface.page', minimum: 3, use: 'Strong borders' },
  { foreground: 'border.accent', background: 'surface.page', minimum: 3, use: 'Accent rule' },
  { foreground: 'brand.accent', background: 'surface.page', minimum: 3, use: 'Quotation mark (large)' },
  { foreground: 'focus.ring', background: 'surface.page', minimum: 3, use: 'Focus indicator' },
  { foreground: 'focus.ring', background: 'surface.raised', minimum: 3, use: 'Focus indicator on cards' },
  { foreground: 'focus.ring', background: 'focus.halo', minimum: 3, use: 'Focus ring against its halo' },
  { foreground: 'status.info', background: 'surface.page', minimum: 4.5, use: 'Info text' },
  { foreground: 'status.success', background: 'surface.page', minimum: 4.5, use: 'Success text' },
  { foreground: 'status.warning', background: 'surface.page', minimum: 4.5, use: 'Warning text' },
  { foreground: 'status.danger', background: 'surface.page', minimum: 4.5, use: 'Danger text' },
  { foreground: 'status.warning', background: 'surface.subtle', minimum: 4.5, use: 'Warning text and rule on quiet panels ("Important" notices)' },
  { foreground: 'status.info', background: 'surface.subtle', minimum: 3, use: 'Information rule on quiet panels' },
  { foreground: 'text.inverse', background: 'text.default', minimum: 4.5, use: 'Text and links on an inverted strip (severe notices)' },
];
