import { globalStyle, style, styleVariants, type GlobalStyleRule, type StyleRule } from '@vanilla-extract/css';
import { componentsLayer } from './layers.css.js';

/** A `style()` whose rules sit in the `bauhinia.components` layer. Use it instead of `style()` in components. */
export function componentStyle(rule: StyleRule | (StyleRule | string)[], debugId?: string): string {
  if (Array.isArray(rule)) {
    const classes = rule.filter((r): r is string => typeof r === 'string');
    const rules = rule.filter((r): r is StyleRule => typeof r !== 'string');
    return style([...classes, ...rules.map((r) => ({ '@layer': { [componentsLayer]: r } }))], debugId);
  }
  return style({ '@layer': { [componentsLayer]: rule } }, debugId);
}

/** `styleVariants()` in the `bauhinia.components` layer. */
export function componentVariants<Key extends string>(variants: Record<Key, StyleRule>, debugId?: string): Record<Key, string> {
  return styleVariants(variants, (rule) => ({ '@layer': { [componentsLayer]: rule } }), debugId);
}

/** `globalStyle()` in the `bauhinia.components` layer, for the parts a component styles by selector. */
export function componentGlobalStyle(selector: string, rule: GlobalStyleRule): void {
  globalStyle(selector, { '@layer': { [componentsLayer]: rule } } as GlobalStyleRule);
}
