// text-size.js (the script template pages include) against the React client component, in
// Chromium: from the same server placeholder (React's, which tests/node/nunjucks.test.ts proves the
// macro's equal to), with the same remembered and preset sizes, the running control is the same
// DOM, and stays the same after every click, every change other code makes to <html>, and every
// choice made in another tab (the storage event).
import fc from 'fast-check';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { labelsProp, localeProp } from '../../../tests/support/arbitraries.js';
import { htmlTree } from '../../../tests/support/ids.js';
import { TextSizeControl, textSizeAttribute, textSizeStorageKey } from './index.js';
import { fixtures } from './TextSizeControl.fixtures.js';
import { enhanceTextSizeControls } from './TextSizeControl.enhancer.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const html = document.documentElement;
const numRuns = 40;

interface Start {
  /** What localStorage remembers, if anything. */
  stored: string | null;
  /** What the site set on <html>, if anything. */
  preset: string | null;
}

/** A step: a click on a button (by index), a change other code makes to <html>, or a choice made in another tab. */
type Step = number | { set: string | null } | { otherTab: string | null; key?: string | null };

function reset({ stored, preset }: Start) {
  document.body.replaceChildren();
  localStorage.clear();
  html.removeAttribute(textSizeAttribute);
  if (stored !== null) localStorage.setItem(textSizeStorageKey, stored);
  if (preset !== null) html.setAttribute(textSizeAttribute, preset);
}

/** The server placeholder in a container of its own on the page. */
function page(props: Record<string, unknown>) {
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = renderToString(<TextSizeControl {...props} />);
  return container;
}

function perform(step: Step, container: Element) {
  if (typeof step === 'number') container.querySelectorAll('button')[step]!.click();
  else if ('set' in step) {
    if (step.set === null) html.removeAttribute(textSizeAttribute);
    else html.setAttribute(textSizeAttribute, step.set);
  } else {
    const key = step.key === undefined ? textSizeStorageKey : step.key;
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: step.otherTab }));
  }
}

/** The page after each step: the control's DOM, the attribute on <html>, what is remembered. */
const state = (container: Element) => ({ tree: htmlTree(container.innerHTML), size: html.getAttribute(textSizeAttribute), stored: localStorage.getItem(textSizeStorageKey) });

async function withReact(props: Record<string, unknown>, start: Start, steps: Step[]) {
  reset(start);
  const container = page(props);
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => void (root = hydrateRoot(container, <TextSizeControl {...props} />)));
  const states = [state(container)];
  for (const step of steps) {
    await act(async () => {
      perform(step, container);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    states.push(state(container));
  }
  await act(async () => root!.unmount());
  return states;
}

async function withScript(props: Record<string, unknown>, start: Start, steps: Step[]) {
  reset(start);
  const container = page(props);
  const stop = enhanceTextSizeControls();
  const states = [state(container)];
  for (const step of steps) {
    perform(step, container);
    // MutationObserver callbacks run as microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    states.push(state(container));
  }
  stop();
  return states;
}

afterEach(() => reset({ stored: null, preset: null }));

const sizeValue = fc.constantFrom(null, 'normal', 'large', 'larger', 'huge', '');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.integer({ min: 0, max: 2 }),
  fc.record({ set: sizeValue }),
  fc.record({ otherTab: sizeValue, key: fc.constantFrom(undefined, null, 'another-key') }),
);

describe('text-size.js, the script of template pages, in Chromium', () => {
  it.each(fixtures.map((f) => [f.name, f.props] as const))('runs fixture %s exactly as the React client component does', async (_name, props) => {
    const start = { stored: 'larger', preset: null };
    const steps: Step[] = [1, 0, { set: 'larger' }, { otherTab: 'large' }, 2, { otherTab: null, key: null }];
    const script = await withScript(props, start, steps);
    expect(script[0]!.tree).not.toEqual(htmlTree(renderToString(<TextSizeControl {...props} />)));
    expect(script.map((s) => s.size)).toEqual(['larger', 'large', null, 'larger', 'large', 'larger', null]);
    expect(script).toEqual(await withReact(props, start, steps));
  });

  it('runs generated labels, locales, remembered and preset sizes, clicks, outside changes and other tabs as React does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ locale: localeProp, labels: labelsProp(['label', 'normal', 'large', 'larger']) }, { requiredKeys: [] }),
        fc.record({ stored: sizeValue, preset: sizeValue }),
        fc.array(step, { maxLength: 5 }),
        async (props, start, steps) => {
          expect(await withScript(props, start, steps)).toEqual(await withReact(props, start, steps));
        },
      ),
      { numRuns },
    );
  }, 120_000);

  it('keeps every control on the page in step', async () => {
    reset({ stored: null, preset: null });
    const container = page({ locale: 'en' });
    container.insertAdjacentHTML('beforeend', renderToString(<TextSizeControl locale="zh-Hant" />));
    const stop = enhanceTextSizeControls();
    const [top, bottom] = Array.from(container.children);
    top!.querySelectorAll('button')[2]!.click();
    expect(Array.from(bottom!.querySelectorAll('button'), (b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    stop();
  });

  it('stops following <html> and other tabs when stopped', async () => {
    reset({ stored: null, preset: null });
    const container = page({});
    const stop = enhanceTextSizeControls();
    stop();
    html.setAttribute(textSizeAttribute, 'large');
    window.dispatchEvent(new StorageEvent('storage', { key: textSizeStorageKey, newValue: 'larger' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(html.getAttribute(textSizeAttribute)).toBe('large');
    expect(container.querySelector('[aria-pressed="true"]')!.getAttribute('title')).toBe('Normal text size');
  });

  it('leaves a placeholder without usable labels hidden, and never throws', () => {
    reset({ stored: null, preset: null });
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = '<div hidden class="bh-text-size-control--pending" data-labels="{&quot;label&quot;:1}"></div><div hidden class="bh-text-size-control--pending"></div>';
    const before = container.innerHTML;
    const stop = enhanceTextSizeControls();
    expect(container.innerHTML).toBe(before);
    stop();
  });
});
