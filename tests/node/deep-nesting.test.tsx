// Children nested very deep, as a rich-text converter can produce them: React renders 100,000
// levels of arrays or elements, so every component must too (no recursion of its own over them).
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixtureElement } from '../../src/fixtures/fixture.js';
import { registered, registeredComponent } from '../support/registry.js';

const depth = 100_000;
const inArrays = (n: number): ReactNode => {
  let node: ReactNode = 'deep text';
  for (let i = 0; i < n; i++) node = [node];
  return node;
};
const inElements = (n: number): ReactNode => {
  let node: ReactNode = 'deep text';
  for (let i = 0; i < n; i++) node = createElement('span', null, node);
  return node;
};

it('plain React renders both', () => {
  expect(renderToStaticMarkup(createElement('div', null, inArrays(depth)))).toBe('<div>deep text</div>');
  expect(renderToStaticMarkup(createElement('div', null, inElements(depth)))).toContain('deep text');
});

const withChildren = registered.filter(({ schema }) => 'children' in (schema.properties as object));

describe.each(withChildren)('$name', ({ component, fixtures }) => {
  it.each([
    ['arrays', inArrays],
    ['elements', inElements],
  ])(`renders children nested ${depth.toLocaleString('en')} %s deep`, { retry: 2 }, (_kind, nest) => {
    const element = fixtureElement(component, { props: fixtures[0]!.props });
    const html = renderToStaticMarkup(createElement(element.type, element.props as object, nest(depth)));
    expect(html).toContain('deep text');
    // React itself recovers from running out of stack in a tree this deep (it resumes in a new
    // task), but not from every frame: where the stack runs out depends on what the JIT has
    // optimised by then, so on a loaded machine one run in many fails inside React's renderer
    // ("A component suspended while responding to synchronous input"). A recursion of ours would
    // fail every run; the retries tell the two apart.
  });
});

it('SummaryList renders a row value nested deep', () => {
  const { component } = registeredComponent('SummaryList');
  for (const value of [inArrays(depth), inElements(depth)]) {
    expect(renderToStaticMarkup(createElement(component, { rows: [{ label: 'Period', value }] } as never))).toContain('deep text');
  }
});
