// What every registered component does the same way, checked for each from its definition and
// first fixture: root props merged by rootProps, the documented root class, the ref on the root;
// and that the registry lists every component it exports.
import { render } from '@testing-library/react';
import { createElement, createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { idsByReference } from '../../tests/support/ids.js';
import { registered } from '../../tests/support/registry.js';
import { fixtureElement } from '../fixtures/fixture.js';
import { blockName } from '../contract/definition.js';
import * as registry from './registry.js';

const docsModules = import.meta.glob<{ docs: { description: string; parts: object } }>('./*/*.docs.ts', { eager: true });

describe('the registry', () => {
  it('lists in `definitions` every component it exports, once, and exports every component it lists', () => {
    // A component is a PascalCase export: a function, or the object forwardRef makes.
    const exported = Object.entries(registry).filter(([name]) => /^[A-Z]/.test(name));
    for (const [name, value] of exported) expect(typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value), name).toBe(true);
    const listed = registry.definitions.map((definition) => definition.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(exported.map(([name]) => name).sort());
    expect(listed.length).toBeGreaterThan(20);
  });
});

describe.each(registered)('$name', ({ definition, component, fixtures }) => {
  const [fixture] = fixtures;
  const renderWith = (extra: Record<string, unknown>) => {
    const ref = createRef<HTMLElement>();
    const { container } = render(createElement(component, { ...fixture!.props, ...extra, ref } as never, ...(typeof fixture!.children === 'string' ? [fixture!.children] : (fixture!.children ?? []).map((p) => createElement('p', { key: p }, p)))));
    return { root: container.firstElementChild as HTMLElement, ref };
  };

  it('has a fixture, and words for itself and its parts', () => {
    expect(fixture).toBeDefined();
    const docs = docsModules[`./${definition.name}/${definition.name}.docs.ts`]?.docs;
    expect(docs?.description.length, `src/components/${definition.name}/${definition.name}.docs.ts`).toBeGreaterThan(10);
    expect(Object.keys(docs!.parts).sort()).toEqual([...definition.parts].sort());
  });

  it("keeps a caller's className and aria-labelledby, sets lang from locale, and forwards the ref to the root", () => {
    const { root, ref } = renderWith({ className: 'site-own', 'aria-labelledby': 'outside-label', locale: 'zh-Hant', lang: 'fr', 'data-testid': 'root' });
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('site-own', `bh-${blockName(definition)}`);
    expect(root).toHaveAttribute('aria-labelledby', 'outside-label');
    expect(root).toHaveAttribute('lang', 'zh-Hant');
    expect(root).toHaveAttribute('data-testid', 'root');
  });

  it.each([
    ['tc', 'zh-Hant'],
    ['sc', 'zh-Hans'],
  ])('reads the Hong Kong URL code %s as %s: the same HTML, lang included', (code, locale) => {
    for (const { props, children } of fixtures) {
      const html = (value: string) => idsByReference(render(fixtureElement(component, { props: { ...props, locale: value }, children })).container.innerHTML);
      expect(html(code)).toBe(html(locale));
    }
  });

  it("keeps a caller's lang when no locale is given", () => {
    const { locale: _locale, ...props } = fixture!.props as { locale?: string };
    const { root } = renderWith({ ...props, locale: undefined, lang: 'en-GB' });
    expect(root).toHaveAttribute('lang', 'en-GB');
  });
});
