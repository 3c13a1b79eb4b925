/**
 * A component's macro call in a Nunjucks template, written from one of its fixtures, for the docs
 * pages (NunjucksCall.tsx). tests/node/nunjucks.test.ts renders every call this writes and compares it
 * with React's HTML for the fixture, so what a page shows is what the macro does.
 */
import { blockName } from '../../contract/definition.js';
import type { Fixture } from '../../fixtures/fixture.js';

const identifier = /^[A-Za-z_]\w*$/;
const width = 88;

/** A JSON value as a Nunjucks literal: objects and arrays on one line when they fit, else one entry a line. */
function literal(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => literal(item, inner))
    : Object.entries(value).map(([key, item]) => `${identifier.test(key) ? key : JSON.stringify(key)}: ${literal(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const oneLine = entries.length === 0 ? open.trim() + close.trim() : `${open}${entries.join(', ')}${close}`;
  if (indent.length + oneLine.length <= width && !oneLine.includes('\n')) return oneLine;
  return `${open.trim()}\n${entries.map((entry) => `${inner}${entry}`).join(',\n')}\n${indent}${close.trim()}`;
}

/** The template lines that import `component`'s macro and call it with `fixture`'s props and children. */
export function nunjucksCall(component: string, { props, children }: Pick<Fixture, 'props' | 'children'>): string {
  const macro = `bh${component}`;
  const params = children === undefined ? props : { ...props, children };
  return `{% from "${blockName({ name: component })}/macro.njk" import ${macro} %}\n\n{{ ${macro}(${literal(params, '')}) }}`;
}
