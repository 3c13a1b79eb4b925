import type { ComponentDefinition } from '../../contract/definition.js';

/** The three looks of a button; the first is the default. */
export const buttonVariants = ['primary', 'secondary', 'start'] as const;

/** What a `<button>` does when pressed; the first is the default. */
export const buttonTypes = ['submit', 'button', 'reset'] as const;

export const buttonDefinition = {
  name: 'Button',
  parts: ['icon'],
  modifiers: buttonVariants,
  options: { variant: buttonVariants, type: buttonTypes },
  tokens: {
    button: {
      primaryBackground: 'color.brand.primary',
      primaryText: 'color.brand.onPrimary',
      primaryHover: 'color.brand.primaryStrong',
      secondaryBackground: 'color.surface.page',
      secondaryText: 'color.brand.primary',
      secondaryHover: 'color.surface.subtle',
    },
  },
} as const satisfies ComponentDefinition;
