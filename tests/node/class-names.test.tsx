// The class names are a public, documented API: every class in the server HTML of every story of
// the registered components is a documented one (a definition's root, part or modifier, or a shared
// class), and no stylesheet reaches a part through the shape of the HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { classNamePattern } from '../../scripts/class-names.js';
import { sharedClasses } from '../../src/styles/sharedClasses.js';
import { stories } from '../support/browser-stories.js';
import { componentNames, documentedClasses, registered } from '../support/registry.js';

const documented = new Set([...registered.flatMap(({ definition }) => documentedClasses(definition)), ...Object.keys(sharedClasses).map((name) => `bh-${name}`)]);
const classesIn = (html: string) => [...html.matchAll(/ class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter(Boolean);

describe('every class in the server HTML of every component story is documented', () => {
  const componentStories = stories.filter((s) => componentNames.includes(s.component));
  it('finds the stories, and classes in them', () => {
    expect(componentStories.length).toBeGreaterThan(componentNames.length);
    const all = componentStories.flatMap((entry) => {
      const Story = entry.compose('default', 'en');
      return classesIn(renderToStaticMarkup(<Story />));
    });
    expect(new Set(all).size).toBeGreaterThan(30);
  });

  it.each(componentStories.map((s) => [s.title, s] as const))('%s', (_title, entry) => {
    const Story = entry.compose('default', entry.fixedLocale ?? 'en');
    // The Storybook decorator's own wrapper is documentation, not library output.
    const classes = classesIn(renderToStaticMarkup(<Story />)).filter((c) => !c.startsWith('docs-'));
    for (const c of classes) {
      expect(c).toMatch(classNamePattern);
      expect(documented.has(c) || !c.startsWith('bh-'), `${c} is not documented by any definition`).toBe(true);
    }
  });
});

describe('stylesheets', () => {
  const sources = readdirSync(join(import.meta.dirname, '..', '..', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /^(components|styles)\/.*\.css\.ts$/.test(file.replaceAll('\\', '/')))
    .map((file) => [file, readFileSync(join(import.meta.dirname, '..', '..', 'src', file), 'utf8')] as const);

  it('are found', () => expect(sources.length).toBeGreaterThanOrEqual(componentNames.length));

  // A combinator followed by an element name, or :not() of one: a part reached by the shape of the markup.
  const byShape = /(>|~|\+)\s*(div|span|p|a|img|ul|ol|li|dl|dd|dt|h[1-6]|figure|figcaption|blockquote|details|summary|svg|time)\b|:not\((div|span|p)\)/;
  // Prose styles the caller's own elements by their names: that is its purpose, and it renders no parts.
  const styledByElement = /prose/i;
  it.each(sources.filter(([file]) => !styledByElement.test(file)).map(([file, text]) => [file, text] as const))('%s reaches no part by element shape', (_file, text) => {
    const selectors = [...text.matchAll(/`([^`]*\$\{[^`]*)`/g)].map((m) => m[1]!);
    expect(selectors.filter((s) => byShape.test(s))).toEqual([]);
  });

  it('the check can fail', () => expect(byShape.test('${root} > div ~ div')).toBe(true));
});
