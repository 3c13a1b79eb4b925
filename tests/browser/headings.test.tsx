// Component headings wrap balanced (`text-wrap: balance`): a long Traditional Chinese headline at a
// phone's 390 px never leaves one character alone on its last line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import type { ReactElement } from 'react';
import { ArticleHighlight, Callout, ParticipantProfileCard, Section } from '../../src/index.js';

// Han characters without punctuation, so that any break between two of them is allowed.
const han = '三十位內地公務員在香港政府部門度過一個冬天粵港澳大灣區發展辦公室接待了來自深圳的參加者交流計劃為期三個月';

/** The number of characters on each line of an element's text. */
function lineLengths(el: Element): number[] {
  const text = el.textContent ?? '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const tops: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      tops.push(Math.round(range.getBoundingClientRect().top));
    }
  }
  expect(tops.length).toBe(text.length);
  const lines = new Map<number, number>();
  for (const top of tops) lines.set(top, (lines.get(top) ?? 0) + 1);
  return [...lines.values()];
}

const headings: Array<[string, (title: string) => ReactElement]> = [
  ['ArticleHighlight feature title', (title) => <ArticleHighlight locale="zh-Hant" variant="feature" headingLevel={1} title={title} />],
  ['ArticleHighlight teaser title', (title) => <ArticleHighlight locale="zh-Hant" variant="teaser" title={title} href="#a" />],
  ['Section heading', (title) => <Section heading={title}>內容</Section>],
  ['Callout heading', (title) => <Callout locale="zh-Hant" heading={title}>內容</Callout>],
  ['ParticipantProfileCard name', (title) => <ParticipantProfileCard locale="zh-Hant" name={title} />],
];

describe('balanced headings at 390 px', () => {
  beforeAll(() => page.viewport(390, 844));
  afterAll(() => page.viewport(1280, 800));

  it.each(headings)('%s: a long zh-Hant heading leaves no one-character last line', async (_name, element) => {
    // How many characters a full line holds here, then a heading one character longer than two lines.
    const probe = await render(<div lang="zh-Hant">{element(han)}</div>);
    await document.fonts.ready;
    const heading = () => probe.container.querySelector('h1, h2, h3, h4, h5, h6')!;
    const perLine = lineLengths(heading())[0]!;
    expect(perLine).toBeGreaterThan(3);
    await probe.rerender(<div lang="zh-Hant">{element(han.slice(0, perLine * 2 + 1))}</div>);
    const lines = lineLengths(heading());
    expect(lines.length, `lines ${JSON.stringify(lines)}`).toBeGreaterThanOrEqual(2);
    expect(lines.at(-1), `lines ${JSON.stringify(lines)}`).toBeGreaterThan(1);
    await cleanup();
  });
});
