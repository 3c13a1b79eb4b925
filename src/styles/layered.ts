import { globalStyle, style, type GlobalStyleRule, type StyleRule } from '@vanilla-extract/css';
import { componentsLayer } from './layers.css.js';

/** A rule, or classes to compose followed by rules. */
export type Rule = StyleRule | ReadonlyArray<StyleRule | string>;

const inComponentsLayer = (rule: StyleRule): StyleRule => ({ '@layer': { [componentsLayer]: rule } });

/**
 * A class named `bh-<name>` whose rules sit in the `bauhinia.components` layer. Components name
 * their classes through `classesOf` (src/contract/classes.ts); this is for the shared ones
 * (`bh-link`, `bh-focusable`).
 */
export function namedStyle(name: string, rule: Rule): string {
  const rules = Array.isArray(rule) ? rule : [rule as StyleRule];
  return style(rules.map((r) => (typeof r === 'string' ? r : inComponentsLayer(r))), name);
}

/** `globalStyle()` in the `bauhinia.components` layer: for content a component does not render itself (its children). */
export function componentGlobalStyle(selector: string, rule: GlobalStyleRule): void {
  globalStyle(selector, { '@layer': { [componentsLayer]: rule } } as GlobalStyleRule);
}
