import type { ThemeTokens } from './themes.js';
import type { MapLeaves } from './naming.js';

type SemanticVars = MapLeaves<ThemeTokens>;

/**
 * Tier 3: component variables. Each is an alias of a semantic token by default, so a site can
 * re-skin one component (`--bh-component-quote-mark-color: ...`) without touching the rest.
 */
export function componentTokens(v: SemanticVars) {
  return {
    article: {
      kickerColor: v.color.text.accent,
      ruleColor: v.color.border.accent,
      ruleWidth: v.borderWidth.accent,
      cardBackground: v.color.surface.raised,
      cardBorder: v.color.border.subtle,
    },
    quote: {
      markColor: v.color.brand.accent,
      ruleColor: v.color.border.accent,
      background: v.color.surface.subtle,
    },
    profile: {
      background: v.color.surface.raised,
      border: v.color.border.subtle,
      monogramBackground: v.color.brand.primary,
      monogramText: v.color.brand.onPrimary,
    },
    badge: {
      background: v.color.badge.background,
      text: v.color.badge.text,
      border: v.color.badge.border,
      currentBackground: v.color.badge.currentBackground,
      currentText: v.color.badge.currentText,
      currentBorder: v.color.badge.currentBorder,
    },
  };
}

export type ComponentTokens = ReturnType<typeof componentTokens>;
