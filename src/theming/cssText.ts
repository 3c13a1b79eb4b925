/**
 * What `createThemeCss` writes, checked with a real CSS parser (css-tree) before it is written: every
 * value is one complete value of its token's type, the selector a selector list, the layer a layer
 * name. Each check returns the text to write, or a reason it cannot be written.
 */
import { generate, lexer, parse, string as cssString, tokenize, tokenTypes, walk, type CssNode } from 'css-tree';

/** The type of value a token takes, decided by where it sits in the token tree (`tokenPaths.ts`). */
export interface ValueType {
  /** For messages: "a colour". */
  name: string;
  /** A CSS type the lexer matches (`color`), or a property whose values the token takes (`font-family`). */
  syntax: { type: string } | { property: string };
  /** What a `var()` inside a longer value is checked as: a value of the token's own type. */
  sample: string;
  /** Whether a JavaScript number is accepted (a font weight, a line height). */
  numeric?: boolean;
}

const cssWideKeywords = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);

// A value, a selector or a layer name must stay inside the `<style>` element it ends up in.
const leavesStyleElement = (text: string) => text.includes('<');

/**
 * The significant tokens of some CSS (no white space), or a reason to refuse it: comments, unclosed
 * or oddly escaped strings, `url()` and bad tokens have no place in a token value or a selector.
 * Strings are compared by what they say, so `'Segoe UI'` and `"Segoe UI"` are the same.
 */
function significantTokens(text: string): string[] | string {
  const tokens: string[] = [];
  let problem = '';
  tokenize(text, (type, start, end) => {
    const token = text.slice(start, end);
    if (type === tokenTypes.WhiteSpace) return;
    if (type === tokenTypes.Comment) problem ||= 'a comment';
    else if (type === tokenTypes.Url || type === tokenTypes.BadUrl) problem ||= 'a url()';
    else if (type === tokenTypes.BadString) problem ||= 'a broken string';
    else if (type === tokenTypes.String) {
      const said = cssString.decode(token);
      // An unclosed string (`"abc`, `"abc\"`) does not come back as written.
      if (cssString.encode(said, token.startsWith("'")) !== token) problem ||= `an unclosed or unusually escaped string ${token}`;
      tokens.push(cssString.encode(said));
    } else tokens.push(token);
  });
  return problem || tokens;
}

/**
 * css-tree is tolerant: it closes what the input leaves open (`rgb(1 2 3` parses as `rgb(1 2 3)`)
 * and drops what it cannot read. The parse is kept only if writing it out gives back the input's
 * tokens exactly.
 */
function roundTrips(text: string, ast: CssNode): string | undefined {
  const written = significantTokens(text);
  if (typeof written === 'string') return `it holds ${written}`;
  const read = significantTokens(generate(ast));
  if (typeof read === 'string' || read.length !== written.length || read.some((token, i) => token !== written[i])) {
    return 'it is not complete CSS (an open bracket, quote or function, or a stray character)';
  }
  return undefined;
}

function parsed(text: string, context: 'value' | 'selectorList'): CssNode | string {
  let error = '';
  try {
    const ast = parse(text, { context, onParseError: (e) => void (error ||= `it does not parse as CSS (${e.message})`) });
    return error || roundTrips(text, ast) || ast;
  } catch (e) {
    return `it does not parse as CSS (${(e as Error).message})`;
  }
}

function matches(type: ValueType, ast: CssNode): boolean {
  const result = 'type' in type.syntax ? lexer.matchType(type.syntax.type, ast) : lexer.matchProperty(type.syntax.property, ast);
  return result.matched !== null;
}

function isVar(node: CssNode): node is CssNode & { type: 'Function'; name: string } {
  return node.type === 'Function' && node.name.toLowerCase() === 'var';
}

/** `var(--name)` or `var(--name, fallback)`, the fallback a value of the token's type. */
function checkVar(node: CssNode & { type: 'Function' }, type: ValueType): string | undefined {
  const [name, comma, fallback, ...rest] = node.children.toArray();
  if (!name || name.type !== 'Identifier' || !name.name.startsWith('--') || rest.length > 0) return 'var() takes a custom property name and an optional fallback';
  if (!comma) return undefined;
  if (comma.type !== 'Operator' || comma.value !== ',' || fallback?.type !== 'Raw') return 'var() takes a custom property name and an optional fallback';
  const checked = checkValueText(fallback.value.trim(), type);
  return 'problem' in checked ? `its fallback: ${checked.problem}` : undefined;
}

/**
 * css-tree cannot match a value holding `var()` ("Matching for a tree with var() is not
 * supported"): a value that is one `var()` is checked by its shape and fallback; a `var()` inside a
 * longer value (`color-mix(in oklab, var(--bh-color-brand-primary) 60%, white)`) stands for a
 * value of the token's own type while the rest is matched.
 */
function checkVars(ast: CssNode & { type: 'Value' }, type: ValueType): string | undefined {
  const only = ast.children.first;
  if (ast.children.size === 1 && only && isVar(only)) return checkVar(only, type);
  let problem: string | undefined;
  walk(ast, {
    visit: 'Function',
    enter(node, item, list) {
      if (!isVar(node)) return;
      problem ||= checkVar(node, type);
      const sample = parse(type.sample, { context: 'value' }) as CssNode & { type: 'Value' };
      if (list && sample.children.first) list.replace(item, list.createItem(sample.children.first));
    },
  });
  if (problem) return problem;
  return matches(type, ast) ? undefined : `it is not ${type.name}`;
}

/** The text to write for a token value, or the reason it is refused. */
export function checkValueText(text: string, type: ValueType): { css: string } | { problem: string } {
  if (text === '') return { problem: 'it is empty' };
  if (leavesStyleElement(text)) return { problem: 'it holds "<"' };
  const ast = parsed(text, 'value');
  if (typeof ast === 'string') return { problem: ast };
  if (ast.type !== 'Value') return { problem: `it is not ${type.name}` };
  const first = ast.children.first;
  if (ast.children.size === 1 && first?.type === 'Identifier' && cssWideKeywords.has(first.name.toLowerCase())) {
    return { problem: `${first.name} is not ${type.name}` };
  }
  let hasVar = false;
  walk(ast, (node) => void (hasVar ||= isVar(node)));
  const problem = hasVar ? checkVars(ast, type) : matches(type, ast) ? undefined : `it is not ${type.name}`;
  return problem ? { problem } : { css: text };
}

/** What a JavaScript value is, for messages: `an array`, `a boolean`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** A value for a message: a string quoted and cut short, anything else by its kind. */
export function shown(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return kindOf(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The text to write for a token value given in JavaScript (a string, or a number where the type is numeric). */
export function checkValue(value: unknown, type: ValueType): { css: string } | { problem: string } {
  if (typeof value === 'number' && type.numeric && Number.isFinite(value)) return checkValueText(String(value), type);
  if (typeof value !== 'string') return { problem: `it is ${kindOf(value)}, not ${type.name} written as a string` };
  return checkValueText(value.trim(), type);
}

/**
 * A selector list (`:root`, `.site, [data-site]`), as the complex selectors it holds, or the reason it
 * is refused. No pseudo-elements: a theme is set on elements, and the theme selectors are appended.
 */
export function checkSelector(selector: unknown): { selectors: string[] } | { problem: string } {
  if (typeof selector !== 'string' || selector.trim() === '') return { problem: 'it is not a selector list' };
  const text = selector.trim();
  if (leavesStyleElement(text)) return { problem: 'it holds "<"' };
  const ast = parsed(text, 'selectorList');
  if (typeof ast === 'string') return { problem: ast };
  if (ast.type !== 'SelectorList' || ast.children.isEmpty) return { problem: 'it is not a selector list' };
  let pseudoElement = false;
  walk(ast, (node) => void (pseudoElement ||= node.type === 'PseudoElementSelector'));
  if (pseudoElement) return { problem: 'a theme is set on elements, not on pseudo-elements' };
  return { selectors: ast.children.toArray().map((node) => generate(node)) };
}

/** A cascade layer name (`bauhinia.theme`, `site.brand`), or the reason it is refused. */
export function checkLayerName(layer: unknown): { layer: string } | { problem: string } {
  if (typeof layer !== 'string' || layer.trim() === '' || leavesStyleElement(layer)) return { problem: 'it is not a layer name' };
  const text = layer.trim();
  try {
    let error = '';
    const ast = parse(text, { context: 'atrulePrelude', atrule: 'layer', onParseError: (e) => void (error ||= e.message) });
    const names: string[] = [];
    walk(ast, { visit: 'Layer', enter: (node) => void names.push(node.name) });
    if (error || roundTrips(text, ast) || names.length !== 1 || names[0] !== text) return { problem: 'it is not one layer name' };
    return { layer: text };
  } catch {
    return { problem: 'it is not one layer name' };
  }
}
