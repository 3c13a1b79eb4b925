import { fontStacks } from './primitives.js';

/**
 * Tier 2, theme-independent semantic tokens: typography, space, radius, breakpoints, motion.
 * Script-dependent values (`font.family.body`, line heights, kicker case) are switched by
 * `:lang()` in `src/styles/themes.css.ts`; the values here are the Latin defaults.
 */
export const baseTokens = {
  font: {
    family: {
      body: fontStacks.latin,
      latin: fontStacks.latin,
      hant: fontStacks.hant,
      hans: fontStacks.hans,
      mono: fontStacks.mono,
    },
    weight: { regular: '400', medium: '500', bold: '700' },
    size: {
      xs: '0.8125rem',
      sm: '0.875rem',
      md: 'clamp(1rem, 0.97rem + 0.15vw, 1.0625rem)',
      lg: 'clamp(1.125rem, 1.06rem + 0.3vw, 1.25rem)',
      xl: 'clamp(1.25rem, 1.12rem + 0.6vw, 1.5rem)',
      xxl: 'clamp(1.5rem, 1.27rem + 1vw, 2rem)',
      xxxl: 'clamp(1.875rem, 1.5rem + 1.6vw, 2.625rem)',
    },
    lineHeight: { body: '1.6', heading: '1.2', tight: '1.1' },
    letterSpacing: { body: '0', kicker: '0.08em' },
    kickerTransform: 'uppercase',
  },
  space: {
    none: '0',
    xxs: '0.125rem',
    xs: '0.25rem',
    sm: '0.5rem',
    md: '0.75rem',
    lg: '1rem',
    xl: '1.5rem',
    xxl: '2rem',
    xxxl: '3rem',
  },
  radius: { none: '0', sm: '0.25rem', md: '0.5rem', lg: '0.75rem', pill: '999px', round: '50%' },
  size: { avatar: '4rem', icon: '1em', measure: '68ch' },
  breakpoint: { sm: '36em', md: '48em', lg: '64em' },
  motion: {
    duration: { fast: '150ms', normal: '200ms' },
    easing: { standard: 'cubic-bezier(0.2, 0, 0, 1)' },
  },
  /**
   * The reader's text size (TextSizeControl): the root font size is multiplied by this factor when
   * `<html data-text-size="large">` or `"larger"` is set. Every size token is in rem, so all text
   * follows. The normal size is the browser's own (no attribute, factor 1).
   */
  textSize: { large: '1.25', larger: '1.5' },
} as const;

/** Values that replace the Latin defaults inside Chinese text (`:lang(zh)`). */
export const cjkTypography = {
  lineHeight: { body: '1.8', heading: '1.4', tight: '1.3' },
  letterSpacing: { body: '0', kicker: '0' },
  kickerTransform: 'none',
} as const;

export type BaseTokens = typeof baseTokens;
