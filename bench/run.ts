/**
 * `npm run bench`: build and pack the library, bundle it as a consumer would, measure bytes and
 * server-rendering speed, print the tables and write bench/results.md.
 * Options: --rounds N (alternating SSR runs per page pair, default 21; half that per component),
 * --ms N (CPU ms per run, default 250).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { budgets, jsCeiling, missionComponents } from './budgets.js';
import {
  articleEntry,
  benchFileEntry,
  bundle,
  componentEntry,
  componentsIn,
  componentStylesheetSizes,
  cssSizes,
  kib,
  libraryEntry,
  pack,
  registeredComponents,
  root,
  unpackConsumer,
  type Sizes,
} from './bundle.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '21' }, ms: { type: 'string', default: '250' } } });
const rounds = Number(values.rounds);
const work = join(root, 'bench', '.work');

console.log('bench: building and packing…');
const tarball = pack(work, { buildFirst: true });
const consumer = unpackConsumer(tarball, join(work, 'consumer'));
const components = await registeredComponents(consumer);

const rows: Array<{ name: string; sizes: Sizes; budget?: number }> = [];
for (const name of components) {
  rows.push({ name: `${name} alone`, sizes: (await bundle(consumer, name, componentEntry([name]))).sizes, budget: jsCeiling(name) });
}
rows.push({ name: 'The four mission components', sizes: (await bundle(consumer, 'mission', componentEntry(missionComponents))).sizes, budget: budgets.missionTogether });
rows.push({ name: 'The whole library (every export)', sizes: (await bundle(consumer, 'library', libraryEntry())).sizes, budget: budgets.library });
const articlePage = await bundle(consumer, 'article', articleEntry());
rows.push({ name: 'Newsletter article page (with its content)', sizes: articlePage.sizes });
const minimalArticlePage = await bundle(consumer, 'minimal-article', benchFileEntry('minimal-article-page.tsx'));
rows.push({ name: 'Newsletter article page, minimal by hand (same content)', sizes: minimalArticlePage.sizes });
const seedPage = await bundle(consumer, 'seed', benchFileEntry('seed-page.tsx'));
const minimalPage = await bundle(consumer, 'minimal', benchFileEntry('minimal-page.tsx'));
const plainSeedPage = await bundle(consumer, 'plain-seed', benchFileEntry('plain-page.tsx'));
const css = cssSizes(consumer);

// The article page's stylesheets: the components its English HTML shows, each with its own file.
const { NewsletterArticle } = (await import(pathToFileURL(articlePage.file).href)) as { NewsletterArticle: ComponentType };
const articleComponents = componentsIn(renderToString(createElement(NewsletterArticle)), components);
const articleCss = [
  { name: 'styles.css (every component)', sizes: css.find((c) => c.file === 'styles.css')! },
  { name: `tokens.css and the ${articleComponents.length} component stylesheets it uses`, sizes: componentStylesheetSizes(consumer, articleComponents) },
];

const halfRounds = Math.max(3, Math.ceil(rounds / 2));
const pieces = [
  ['ArticleHighlight (three paragraphs)', 'SeedArticle', 'MinimalArticle'],
  ['QuoteBlock', 'SeedQuote', 'MinimalQuote'],
  ['ParticipantProfileCard (with a period)', 'SeedCard', 'MinimalCard'],
  ['CityPartnerBadgeStrip (seven badges)', 'SeedPartners', 'MinimalPartners'],
] as const;
const spec = {
  ms: Number(values.ms),
  pairs: [
    { label: 'article floor', ours: [articlePage.file, 'NewsletterArticle'], base: [minimalArticlePage.file, 'MinimalArticlePage'], sameHtml: false, rounds },
    { label: 'floor', ours: [seedPage.file, 'SeedPage'], base: [minimalPage.file, 'MinimalPage'], sameHtml: false, rounds },
    { label: 'same-html', ours: [seedPage.file, 'SeedPage'], base: [plainSeedPage.file, 'PlainSeedPage'], sameHtml: true, rounds },
    ...pieces.map(([label, ours, base]) => ({ label, ours: [seedPage.file, ours], base: [minimalPage.file, base], sameHtml: false, rounds: halfRounds })),
  ],
};
const specFile = join(work, 'ssr-spec.json');
writeFileSync(specFile, JSON.stringify(spec));

console.log(`bench: server rendering, ${rounds} alternating runs of ${values.ms} CPU ms per page pair (${halfRounds} per component)…`);
interface SsrResult {
  label: string;
  rounds: number;
  htmlBytes: { ours: number; base: number };
  ours: number;
  base: number;
  microseconds: { ours: number; base: number };
  ratio: number;
  minPairRatio: number;
  maxPairRatio: number;
}
const { results } = JSON.parse(
  execFileSync('node', [join(root, 'bench', 'ssr.mjs'), specFile], {
    cwd: consumer,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
) as { results: SsrResult[] };
const [articleFloor, floor, sameHtml, ...perComponent] = results as [SsrResult, SsrResult, SsrResult, ...SsrResult[]];

const version = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const budgetCell = (size: number, budget?: number) => (budget === undefined ? '' : `${kib(budget)} (${size <= budget ? 'ok' : `over by ${size - budget} B`})`);
const ratioCell = (r: SsrResult, target?: number) => {
  const verdict = target === undefined ? '' : `target >= ${target.toFixed(2)}x, ${r.ratio >= target ? 'met' : 'not met'}; `;
  return `**${r.ratio.toFixed(2)}x** (${verdict}run pairs ranged ${r.minPairRatio.toFixed(2)}x to ${r.maxPairRatio.toFixed(2)}x)`;
};
const us = (value: number) => `${value.toFixed(1)} µs`;
const date = new Date().toISOString().slice(0, 10);

const markdown = `# Bauhinia UI: size and speed

Generated by \`npm run bench\` (bench/run.ts) from the \`npm pack\` tarball on ${date},
Node ${process.version}, React ${version('react')}, Vite ${version('vite')}. Do not edit by hand.

## JavaScript a consumer ships

Each row bundles one entry (\`import { X } from 'bauhinia-ui'; export { X }\`) with Vite in production mode:
minified ESM, \`process.env.NODE_ENV\` = \`"production"\`, React and React DOM external. Sizes include
the shared helpers each component pulls in. gzip level 9, brotli quality 11. Budgets: bench/budgets.ts.
The article page is src/pages/NewsletterArticle.tsx (the site shell and the article, from
\`'bauhinia-ui'\` alone); its minimal twin is bench/minimal-article-page.tsx (plain elements, no
library). Both carry the page's content modules, which hold all three languages.

| Entry | Minified | gzip | brotli | Budget (gzip) |
| --- | ---: | ---: | ---: | --- |
${rows.map((r) => `| ${r.name} | ${kib(r.sizes.raw)} | ${kib(r.sizes.gzip)} | ${kib(r.sizes.brotli)} | ${budgetCell(r.sizes.gzip, r.budget)} |`).join('\n')}

## CSS

Shipped files, minified with lightningcss, then compressed. \`styles.css\` holds the tokens, all themes
and every component; \`css/<Component>.css\` holds the shared base and one component (its own rules
are the "own" column) and needs \`tokens.css\`.

| File | Shipped | Minified | gzip | Own rules (gzip) | Budget (gzip) |
| --- | ---: | ---: | ---: | ---: | --- |
${css
  .map((c) => {
    const name = c.file.replace(/^css\/|\.css$/g, '');
    const budget = c.file === 'styles.css' ? budgetCell(c.gzip, budgets.stylesCss) : c.own && !missionComponents.includes(name) ? `own: ${budgetCell(c.own.gzip, budgets.component.css)}` : '';
    return `| ${c.file} | ${kib(c.shipped)} | ${kib(c.raw)} | ${kib(c.gzip)} | ${c.own ? kib(c.own.gzip) : ''} | ${budget} |`;
  })
  .join('\n')}

The CSS a site ships for the article page, one of two ways: \`styles.css\` alone, or \`tokens.css\` and
the stylesheet of each component the page's HTML shows (${articleComponents.join(', ')}), joined
into one file as a bundler would and minified; the shared base repeats in each of those files. The
minimal page brings no CSS: its site writes its own.

| Article page stylesheet | Minified | gzip | brotli |
| --- | ---: | ---: | ---: |
${articleCss.map((c) => `| ${c.name} | ${kib(c.sizes.raw)} | ${kib(c.sizes.gzip)} | ${kib(c.sizes.brotli)} |`).join('\n')}

## Server rendering

\`renderToString\` of pages bundled from the tarball. One process, NODE_ENV=production, alternating runs of
${spec.ms} ms of process CPU time each after a warm-up; renders per CPU second, median. CPU time rather
than wall time because this machine is shared and noisy: read the ratios, not the absolute numbers.

**The article page against its minimal floor.** The English newsletter article in the site shell
(src/pages/NewsletterArticle.tsx, ${articleComponents.length} components) against the same text, links, facts, cities and
dates written by hand as plain semantic HTML, with no classes, no wrappers and no generated ids
(bench/minimal-article-page.tsx): what a whole page built with the library costs over the least a
careful developer would write. The two pages' markup differs (the HTML column), so this ratio
includes the library's markup as well as its work. No target is set for it.

| Page | Renders per CPU second | µs per render | HTML |
| --- | ---: | ---: | ---: |
| Article page, Bauhinia UI | ${Math.round(articleFloor.ours)} | ${us(articleFloor.microseconds.ours)} | ${articleFloor.htmlBytes.ours} B |
| Article page, minimal by hand | ${Math.round(articleFloor.base)} | ${us(articleFloor.microseconds.base)} | ${articleFloor.htmlBytes.base} B |
| **Ratio (ours / minimal)** | ${ratioCell(articleFloor)} | | |

**The seed page against its minimal floor.** The seed page (a highlight with three paragraphs, a quote,
a person card with a period, seven partner badges; bench/seed-page.tsx) against the same content
written by hand as plain semantic HTML (bench/minimal-page.tsx): the four mission components against
the least a careful developer would write.

| Page | Renders per CPU second | µs per render | HTML |
| --- | ---: | ---: | ---: |
| Seed page, Bauhinia UI | ${Math.round(floor.ours)} | ${us(floor.microseconds.ours)} | ${floor.htmlBytes.ours} B |
| Seed page, minimal by hand | ${Math.round(floor.base)} | ${us(floor.microseconds.base)} | ${floor.htmlBytes.base} B |
| **Ratio (ours / minimal)** | ${ratioCell(floor, 0.5)} | | |

Per component, the seed page's parts against their hand-written equivalents (${halfRounds} runs each):

| Component | Ours | By hand | Ratio |
| --- | ---: | ---: | ---: |
${perComponent.map((r) => `| ${r.label} | ${us(r.microseconds.ours)} | ${us(r.microseconds.base)} | ${r.ratio.toFixed(2)}x |`).join('\n')}

**The seed page against the same HTML.** The seed page (${sameHtml.htmlBytes.ours} B of HTML) against
a hand-written plain React page that renders exactly the same HTML, class names and heading ids
included (checked before timing, bench/plain-page.tsx): what the components' own work costs, apart
from their markup. The seed page rather than the article page, because a hand-written copy of the
whole article's markup would be a second page to keep in step with every component; the seed page
holds the four mission components and is small enough to copy exactly. Targets (issue #20): 0.50x
against the minimal floor, 0.70x against the same HTML.

| Page | Renders per CPU second | µs per render |
| --- | ---: | ---: |
| Seed page, Bauhinia UI | ${Math.round(sameHtml.ours)} | ${us(sameHtml.microseconds.ours)} |
| Seed page by hand, same HTML | ${Math.round(sameHtml.base)} | ${us(sameHtml.microseconds.base)} |
| **Ratio (ours / same HTML)** | ${ratioCell(sameHtml, 0.7)} | |

Peers, measured outside this repository on a seed page like ours against the same kind of minimal
floor (not re-measured by this script): react-uswds 0.50x-0.54x, Singapore SGDS 0.39x.
`;

writeFileSync(join(root, 'bench', 'results.md'), markdown);
console.log(`\n${markdown}`);
console.log('bench: wrote bench/results.md');
