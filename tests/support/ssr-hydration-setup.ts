// globalSetup of the `hydration` project: renders every SSR case in Node (through Vite, so class
// names match the browser build) with the machine clock in a far-off time zone, and hands the HTML
// to the browser tests with `provide`. The browser context runs in another zone (vitest.config.ts).
import type { TestProject } from 'vitest/node';

export const serverTimeZone = 'Pacific/Kiritimati';

declare module 'vitest' {
  export interface ProvidedContext {
    ssrHtml: Record<string, string>;
    ssrTimeZone: string;
    /** Set by vitest.react18.config.ts: the React version the run must be using. */
    expectedReactVersion?: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const { ssrCases } = await project.import<typeof import('./ssr-cases.js')>('/tests/support/ssr-cases.tsx');
  const { renderToString } = await project.import<typeof import('react-dom/server')>('react-dom/server');
  const previous = process.env.TZ;
  process.env.TZ = serverTimeZone;
  try {
    const html: Record<string, string> = {};
    for (const c of ssrCases) html[c.id] = renderToString(c.element());
    project.provide('ssrHtml', html);
    project.provide('ssrTimeZone', Intl.DateTimeFormat().resolvedOptions().timeZone);
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
