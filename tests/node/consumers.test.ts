/**
 * The fast consumer set, from the `npm pack` tarball: Node server rendering with React 19 and
 * React 18.3 (no bundler) and a Vite app that uses vanilla-extract itself, which also proves tree
 * shaking. The React 19 SPA in Chromium and the Next.js build run with `tsx tests/consumers/run.ts --all`
 * (npm test runs that step when CI=true or BAUHINIA_FULL=1). See tests/consumers/consumers.ts.
 */
import { beforeAll, describe, it } from 'vitest';
import { consumers, packForConsumers, runConsumer } from '../consumers/consumers.js';

let tarball: string;
beforeAll(() => {
  tarball = packForConsumers();
}, 180_000);

describe('consumer apps installed from the tarball', () => {
  it.each(consumers.filter((c) => c.fast).map((c) => [c.name, c] as const))('%s builds and renders every published fixture', async (_name, consumer) => {
    await runConsumer(consumer, { tarball }, () => {});
  }, 400_000);
});
