// Server rendering in plain Node (no DOM): every component and the newsletter page, through every
// React server API, without console output, and with the same HTML whatever the machine's time zone.
import { Writable } from 'node:stream';
import { version as reactVersion } from 'react';
import { renderToPipeableStream, renderToStaticMarkup, renderToString } from 'react-dom/server';
import { version as reactDomVersion } from 'react-dom';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { nearMidnight, ssrCases } from '../support/ssr-cases.js';

const reactMajor = Number(reactVersion.split('.')[0]);
let consoleCalls: unknown[][] = [];

beforeEach(() => {
  consoleCalls = [];
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push([method, ...args]));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(consoleCalls, 'console.error/console.warn during server rendering').toEqual([]);
});

function streamToString(element: React.ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    // Decode once at the end: a chunk boundary may fall inside a multi-byte character.
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
      final(done) {
        resolve(Buffer.concat(chunks).toString('utf8'));
        done();
      },
    });
    const stream = renderToPipeableStream(element, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: (error) => reject(error instanceof Error ? error : new Error(String(error))),
    });
  });
}

it('runs in Node without a DOM', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  expect(reactDomVersion).toBe(reactVersion);
  expect(reactVersion).toBe(inject('expectedReactVersion') ?? reactVersion);
  expect(ssrCases.length).toBeGreaterThanOrEqual(3 * 5);
  expect(new Set(ssrCases.map((c) => c.component))).toEqual(
    new Set(['ArticleHighlight', 'QuoteBlock', 'ParticipantProfileCard', 'CityPartnerBadgeStrip', 'NewsletterFeature']),
  );
});

describe.each(ssrCases)('$id', ({ element, locale }) => {
  it('renders with renderToString and renderToStaticMarkup', () => {
    const html = renderToString(element());
    expect(html.length).toBeGreaterThan(50);
    expect(html).toContain(`lang="${locale}"`);
    // Static markup is the same document without React's hydration comments.
    const staticHtml = renderToStaticMarkup(element());
    expect(staticHtml.replace(/<!-- -->/g, '')).toBe(html.replace(/<!-- -->/g, ''));
  });

  it('streams the same markup with renderToPipeableStream', async () => {
    let streamed = await streamToString(element());
    // React 18.3's Fizz flushes its whole 2 KB view buffer when a multi-byte character does not fit
    // at its end, leaking NUL bytes into CJK pages (upstream issue react#31134, fixed in React 19).
    // Not ours to fix, so it is tolerated on React 18 only; React 19 output must match exactly.
    if (reactMajor < 19) streamed = streamed.replace(/\0/g, '');
    expect(streamed).toBe(renderToString(element()));
  });

  it.runIf(reactMajor >= 19)('prerenders the same markup with react-dom/static', async () => {
    const { prerender } = await import('react-dom/static');
    const { prelude } = await prerender(element(), {
      onError: (error) => {
        throw error;
      },
    });
    const html = await new Response(prelude).text();
    expect(html).toBe(renderToString(element()));
  });
});

describe('time zones', () => {
  const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Hong_Kong', 'Pacific/Pago_Pago'];
  const originalTz = process.env.TZ;
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  // Node re-reads TZ when process.env.TZ is assigned; each switch is checked so that a runtime
  // which ignored it would fail here instead of comparing one zone with itself.
  function renderAllIn(zone: string): Map<string, string> {
    process.env.TZ = zone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    return new Map(ssrCases.map((c) => [c.id, renderToString(c.element())]));
  }

  it('renders identical HTML in every machine time zone', () => {
    const offsets = new Set<number>();
    const byZone = zones.map((zone) => {
      const html = renderAllIn(zone);
      offsets.add(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset());
      return [zone, html] as const;
    });
    expect(offsets.size).toBe(zones.length);
    const [[, reference]] = byZone as [[string, Map<string, string>]];
    for (const [zone, html] of byZone.slice(1)) {
      for (const [id, markup] of html) expect(markup, `${id} in ${zone}`).toBe(reference.get(id));
    }
  });

  it('formats the near-midnight values by the documented rule', () => {
    process.env.TZ = 'America/Los_Angeles';
    const html = new Map(ssrCases.map((c) => [c.id, renderToString(c.element())]));
    // Date-only: the calendar day as written.
    expect(html.get('ArticleHighlight/feature/en')).toContain('>31 December 2024</time>');
    expect(html.get('ArticleHighlight/feature/zh-Hant')).toContain('>2024年12月31日</time>');
    // Instants: Hong Kong time, where 16:30Z on 31 December is already 1 January.
    expect(html.get('ArticleHighlight/teaser-instant/en')).toContain('>1 January 2025</time>');
    expect(html.get('ArticleHighlight/compact-date-object/zh-Hans')).toContain('>2025年2月1日</time>');
    // A date-time without an offset is a Hong Kong wall-clock time, not the server's.
    expect(html.get('ArticleHighlight/compact-floating/en')).toContain(`dateTime="${nearMidnight.floatingDateTime}"`);
    expect(html.get('ArticleHighlight/compact-floating/en')).toContain('>31 January 2025</time>');
    // Period of instants: January to February in Hong Kong time, one of each month boundary.
    expect(html.get('ParticipantProfileCard/instants-photo/en')).toMatch(/January 2025<\/time>.*February 2025<\/time>/s);
  });
});
