// axe (WCAG 2.0/2.1/2.2 A and AA rules) on every story of the registered components and the pages,
// in every theme and every locale, rendered in Chromium with the library stylesheet.
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { combinations, stories } from '../support/browser-stories.js';
import { componentNames } from '../support/registry.js';

const runOnly = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

it('finds the stories of every registered component', () => {
  const withStories = new Set(stories.map((s) => s.component));
  for (const name of componentNames) expect(withStories, name).toContain(name);
});

it('reports a violation when there is one (the matrix can fail)', async () => {
  const screen = await render(
    <div data-theme="default">
      <p style={{ color: '#777', background: '#888' }}>Low contrast text</p>
    </div>,
  );
  const result = await axe.run(screen.container, { runOnly, resultTypes: ['violations'] });
  await cleanup();
  expect(result.violations.map((v) => v.id)).toContain('color-contrast');
});

describe.each(stories)('$title', (entry) => {
  it.each(combinations(entry))('$theme / $locale', async ({ theme, locale }) => {
    const Story = entry.compose(theme, locale);
    const screen = await render(<Story />);
    const root = screen.container.querySelector<HTMLElement>('[data-theme]');
    expect(root?.dataset.theme).toBe(theme);
    const result = await axe.run(screen.container, { runOnly, resultTypes: ['violations'] });
    const problems = result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ').trim()}`),
    );
    await cleanup();
    expect(problems, `${entry.title} [theme=${theme}, locale=${locale}]`).toEqual([]);
  });
});
