// Server-rendering throughput, run by bench/run.ts in a child process with NODE_ENV=production.
// Usage: node bench/ssr.mjs <spec.json>, where the spec lists pairs of pages, each page a bundled
// module file and the component it exports:
//   { "pairs": [{ "label", "ours": [file, export], "base": [file, export], "sameHtml": bool, "rounds": n }], "ms": n }
// For each pair it prints renders per CPU second of both, their ratio, and microseconds per render.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

if (process.env.NODE_ENV !== 'production') throw new Error('ssr.mjs: run with NODE_ENV=production');
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const load = async ([file, name]) => {
  const Component = (await import(file))[name];
  if (!Component) throw new Error(`ssr.mjs: ${file} exports no ${name}`);
  return () => renderToString(createElement(Component));
};

// A same-HTML comparison is only fair if both pages produce the same document, class names included.
function checkSameHtml(label, ours, base) {
  const [a, b] = [ours(), base()];
  if (a === b) return;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  console.error(`ssr.mjs: ${label}: the pages differ at character ${at}:\n  ours: …${a.slice(Math.max(0, at - 80), at + 120)}\n  base: …${b.slice(Math.max(0, at - 80), at + 120)}`);
  process.exit(2);
}

// CPU time of this process, not wall time: on a shared, busy machine the wall clock mostly measures
// the neighbours. Renders are counted in batches so reading the clock stays cheap.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function timedRun(render, ms) {
  let renders = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 10; i++) render();
    renders += 10;
    now = cpuMs();
  }
  return { renders, perSecond: (renders * 1000) / (now - start) };
}

const warmUpRenders = 3000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = [];
for (const pair of spec.pairs) {
  const render = { ours: await load(pair.ours), base: await load(pair.base) };
  if (pair.sameHtml) checkSameHtml(pair.label, render.ours, render.base);
  // Warm-up, alternating like the measured runs, until each page has had four runs and
  // warmUpRenders renders: the optimising compiler settles after a number of renders, and a large
  // page (the article, about 2000 renders) needs more than four short runs to get there.
  const warmed = { ours: 0, base: 0 };
  for (let round = 0; round < 4 || Object.values(warmed).some((renders) => renders < warmUpRenders); round++) {
    for (const name of ['ours', 'base']) warmed[name] += timedRun(render[name], spec.ms).renders;
  }
  const samples = { ours: [], base: [] };
  for (let round = 0; round < pair.rounds; round++) {
    // Alternate which page goes first so drift on a busy machine hits both alike.
    for (const name of round % 2 ? ['base', 'ours'] : ['ours', 'base']) samples[name].push(timedRun(render[name], spec.ms).perSecond);
  }
  const pairRatios = samples.ours.map((value, i) => value / samples.base[i]);
  const ours = median(samples.ours);
  const base = median(samples.base);
  results.push({
    label: pair.label,
    rounds: pair.rounds,
    htmlBytes: { ours: Buffer.byteLength(render.ours()), base: Buffer.byteLength(render.base()) },
    ours,
    base,
    microseconds: { ours: 1e6 / ours, base: 1e6 / base },
    ratio: ours / base,
    minPairRatio: Math.min(...pairRatios),
    maxPairRatio: Math.max(...pairRatios),
  });
}
console.log(JSON.stringify({ msPerRun: spec.ms, results }));
