import { globalStyle, type GlobalStyleRule } from '@vanilla-extract/css';
import { tokensLayer } from '../styles/layers.css.js';
import { namedStyle, type Rule } from '../styles/layered.js';
import { tokenVarName } from '../tokens/naming.js';
import { themedSelector } from '../tokens/themes.js';
import { blockName, type ComponentDefinition } from './definition.js';

type PartName<D extends ComponentDefinition> = D['parts'][number];
type ModifierName<D extends ComponentDefinition> = NonNullable<D['modifiers']>[number];

/**
 * The class makers of one component, named from its definition: `root` gives `bh-quote-block`,
 * `part('caption')` gives `bh-quote-block__caption`, `modifier('pull')` gives `bh-quote-block--pull`.
 * Only parts and modifiers the definition lists are accepted, so the documented classes are the
 * classes there are.
 */
export function classesOf<D extends ComponentDefinition>(definition: D) {
  const block = blockName(definition);
  return {
    root: (rule: Rule) => namedStyle(block, rule),
    part: (part: PartName<D>, rule: Rule) => namedStyle(`${block}__${part}`, rule),
    modifier: (modifier: ModifierName<D>, rule: Rule) => namedStyle(`${block}--${modifier}`, rule),
  };
}

type TokenVars<D extends ComponentDefinition> = {
  [Section in keyof NonNullable<D['tokens']>]: { [Name in keyof NonNullable<D['tokens']>[Section]]: string };
};

/**
 * Declares a component's tokens (aliases of semantic tokens, in the `bauhinia.tokens` layer, on
 * every themed element, so they resolve in that element's theme) and returns them as `var(--bh-component-…)` references for its styles.
 */
export function componentTokens<D extends ComponentDefinition>(definition: D): TokenVars<D> {
  const references: Record<string, Record<string, string>> = {};
  const declarations: Record<string, string> = {};
  for (const [section, aliases] of Object.entries(definition.tokens ?? {})) {
    references[section] = {};
    for (const [name, path] of Object.entries(aliases)) {
      const variable = `--${tokenVarName(['component', section, name])}`;
      declarations[variable] = `var(--${tokenVarName(path.split('.'))})`;
      references[section][name] = `var(${variable})`;
    }
  }
  globalStyle(themedSelector, { '@layer': { [tokensLayer]: { vars: declarations } } } as GlobalStyleRule);
  return references as TokenVars<D>;
}
