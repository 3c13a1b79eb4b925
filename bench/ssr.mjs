// Server-rendering throughput, run by bench/run.ts in a child process with NODE_ENV=production:
// the newsletter page built from the packed library against the hand-written plain page, both
// bundled the same way. Usage: node bench/ssr.mjs <ours.js> <plain.js> [rounds] [ms per run]
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const [oursFile, plainFile, roundsArg = '21', msArg = '250'] = process.argv.slice(2);
if (process.env.NODE_ENV !== 'production') throw new Error('ssr.mjs: run with NODE_ENV=production');
const { NewsletterFeature } = await import(oursFile);
const { PlainPage } = await import(plainFile);

const render = {
  ours: () => renderToString(createElement(NewsletterFeature, { locale: 'en' })),
  plain: () => renderToString(createElement(PlainPage)),
};

// The comparison is only fair if both pages produce the same document; class names differ by design.
const normalise = (html) => html.replace(/ class="[^"]*"/g, '');
const ours = normalise(render.ours());
const plain = normalise(render.plain());
if (ours !== plain) {
  let at = 0;
  while (at < ours.length && ours[at] === plain[at]) at++;
  console.error(`ssr.mjs: the pages differ at character ${at}:\n  ours:  …${ours.slice(Math.max(0, at - 80), at + 120)}\n  plain: …${plain.slice(Math.max(0, at - 80), at + 120)}`);
  process.exit(2);
}

// CPU time of this process, not wall time: on a shared, busy machine the wall clock mostly measures
// the neighbours. Renders are counted in batches so reading the clock stays cheap.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function rendersPerSecond(fn, ms) {
  let count = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 10; i++) fn();
    count += 10;
    now = cpuMs();
  }
  return (count * 1000) / (now - start);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rounds = Number(roundsArg);
const ms = Number(msArg);
// Warm-up, alternating like the measured runs: the optimising compiler needs about a second of
// renders per page before the rate settles; a shorter warm-up left the first round 3x slow.
for (let round = 0; round < 4; round++) for (const fn of Object.values(render)) rendersPerSecond(fn, ms);
const samples = { ours: [], plain: [] };
for (let round = 0; round < rounds; round++) {
  // Alternate which page goes first so drift on a busy machine hits both alike.
  const order = round % 2 ? ['plain', 'ours'] : ['ours', 'plain'];
  for (const name of order) samples[name].push(rendersPerSecond(render[name], ms));
}
const pairRatios = samples.ours.map((value, i) => value / samples.plain[i]);
console.log(
  JSON.stringify({
    rounds,
    msPerRun: ms,
    htmlBytes: Buffer.byteLength(render.ours()),
    ours: median(samples.ours),
    plain: median(samples.plain),
    ratio: median(samples.ours) / median(samples.plain),
    medianPairRatio: median(pairRatios),
    minPairRatio: Math.min(...pairRatios),
    maxPairRatio: Math.max(...pairRatios),
  }),
);
