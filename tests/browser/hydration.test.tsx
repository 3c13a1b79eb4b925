// Hydrates HTML rendered in Node (tests/support/ssr-hydration-setup.ts, machine clock in
// Pacific/Kiritimati) in Chromium running in America/Los_Angeles, and requires zero hydration
// errors, recoverable errors or console warnings.
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { ssrCases, themeStyleCss } from '../support/ssr-cases.js';

const serverHtml = inject('ssrHtml');
let consoleCalls: unknown[][] = [];
let roots: Root[] = [];

beforeEach(() => {
  consoleCalls = [];
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push([method, ...args]));
  }
});
afterEach(() => {
  for (const root of roots) root.unmount();
  roots = [];
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

it('runs with the server and the browser in different time zones', () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(browserZone).toBe('America/Los_Angeles');
  expect(inject('ssrTimeZone')).toBe('Pacific/Kiritimati');
  expect(reactDomVersion).toBe(reactVersion);
  expect(reactVersion).toBe(inject('expectedReactVersion') ?? reactVersion);
  expect(Object.keys(serverHtml).sort()).toEqual(ssrCases.map((c) => c.id).sort());
});

describe.each(ssrCases)('$id', ({ id, element, client }) => {
  it('hydrates the server HTML without mismatches', async () => {
    const html = serverHtml[id];
    expect(html, 'server HTML').toBeTruthy();
    const container = document.createElement('div');
    container.innerHTML = html!;
    document.body.append(container);
    const before = container.innerHTML;
    const serverElements = [...container.querySelectorAll('*')];
    const recoverable: unknown[] = [];
    const root = hydrateRoot(container, element(), {
      onRecoverableError: (error) => void recoverable.push(error),
      onCaughtError: (error) => void recoverable.push(error),
      onUncaughtError: (error) => void recoverable.push(error),
    });
    roots.push(root);
    // Let React finish hydrating (it yields between chunks). The root is the last element: React 19
    // may put an image preload hint before it, which it leaves alone.
    await vi.waitFor(() => expect(container.lastElementChild && Object.keys(container.lastElementChild).some((k) => k.startsWith('__react'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(recoverable.map(String)).toEqual([]);
    expect(consoleCalls).toEqual([]);
    // A client re-render after a mismatch would have replaced the DOM; hydration keeps it. A client
    // component adds its controls to the server's placeholder once hydrated, so for it every element
    // the server sent must still be there, the same nodes.
    if (!client) expect(container.innerHTML).toBe(before);
    expect(serverElements.length).toBeGreaterThan(0);
    expect(serverElements.filter((el) => !container.contains(el)).map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
  });
});

// Runs on React 18.3 and 19 (vitest.react18.config.ts): the server's <style> from ThemeStyle parses
// in Chromium, every rule kept, quoted selectors and font families included, and the brand applies.
describe.each(ssrCases.filter((c) => c.component === 'ThemeStyle'))('$id', ({ id }) => {
  it('gives Chromium a stylesheet with every rule of the theme', () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml[id]!;
    document.body.append(container);
    const style = container.querySelector('style')!;
    expect(style.textContent).toBe(themeStyleCss);
    const [order, layer] = [...style.sheet!.cssRules] as [CSSLayerStatementRule, CSSLayerBlockRule];
    expect(style.sheet!.cssRules).toHaveLength(2);
    expect(order.nameList).toEqual(['bauhinia', 'bauhinia.reset', 'bauhinia.tokens', 'bauhinia.theme', 'bauhinia.components']);
    expect(layer.name).toBe('bauhinia.theme');
    const selectors = [...layer.cssRules].map((rule) => (rule as CSSStyleRule).selectorText ?? (rule as CSSMediaRule).conditionText);
    expect(selectors).toContain(':root:is([data-theme="dark"], .bh-theme-dark), :root :is([data-theme="dark"], .bh-theme-dark)');
    expect(layer.cssRules).toHaveLength(6);
    const root = getComputedStyle(document.documentElement);
    expect(root.getPropertyValue('--bh-color-text-link').trim()).toBe('#006a4e');
    expect(root.getPropertyValue('--bh-font-family-latin').trim()).toBe('"Noto Sans", "Segoe UI", sans-serif');
  });
});

it('hands the text size control to the browser after hydration, with no warning', async () => {
  const [control] = ssrCases.filter((c) => c.client);
  const container = document.createElement('div');
  container.innerHTML = serverHtml[control!.id]!;
  document.body.append(container);
  const placeholder = container.firstElementChild!;
  expect(placeholder.querySelector('button')).toBeNull();
  roots.push(hydrateRoot(container, control!.element()));
  await vi.waitFor(() => expect(container.querySelectorAll('button')).toHaveLength(3));
  expect(container.firstElementChild).toBe(placeholder);
  expect(placeholder).not.toHaveAttribute('hidden');
  expect(consoleCalls).toEqual([]);
});

it('gives a page of 200 titles (repeats and the pair whose old hashed ids collided) unique ids, each naming its own region, after hydration', async () => {
  const container = document.createElement('div');
  container.innerHTML = serverHtml['ManyTitles/page/en']!;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const page = ssrCases.find((c) => c.id === 'ManyTitles/page/en')!;
  roots.push(hydrateRoot(container, page.element(), { onRecoverableError: (error) => void recoverable.push(error) }));
  await vi.waitFor(() => expect(Object.keys(container.firstElementChild!).some((k) => k.startsWith('__react'))).toBe(true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(recoverable).toEqual([]);
  expect(consoleCalls).toEqual([]);
  const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const regions = [...container.querySelectorAll('[aria-labelledby]')];
  expect(regions.length).toBe(220);
  for (const region of regions) {
    const label = document.getElementById(region.getAttribute('aria-labelledby')!);
    expect(label?.closest('[aria-labelledby]'), region.outerHTML.slice(0, 120)).toBe(region);
    expect(label!.matches('h1, h2, h3, h4, h5, h6')).toBe(true);
  }
});

it('notices a mismatch (the checks above can fail)', async () => {
  const container = document.createElement('div');
  const [english] = ssrCases;
  container.innerHTML = serverHtml[english!.id]!;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const other = ssrCases.find((c) => c.id === english!.id.replace(/\/en$/, '/zh-Hant'))!;
  roots.push(hydrateRoot(container, other.element(), { onRecoverableError: (error) => void recoverable.push(error) }));
  await vi.waitFor(() => expect(recoverable.length + consoleCalls.length).toBeGreaterThan(0));
});
