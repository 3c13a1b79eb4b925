/**
 * What some of the package's own modules weigh, bundled as a consumer's production build would
 * (bench/bundle.ts: Vite, minified ESM, React external, gzip level 9), each group alone and all
 * together: for telling what a component's size is made of. Each argument is a module of dist/
 * and the exports to take from it:
 *
 *   npx tsx bench/weigh.ts components/NoticeBanner/NoticeBanner.definition.js:weatherSignalLabels i18n/dates.js:formatDateTime,parseDate
 *
 * Builds and packs the package first (`--no-build` reuses dist/).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundle, pack, root, unpackConsumer } from './bundle.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'no-build': { type: 'boolean', default: false } } });
if (positionals.length === 0) throw new Error('weigh: name at least one module and its exports, e.g. i18n/dates.js:formatDate');

const work = join(root, 'bench', '.work', 'weigh');
const consumer = unpackConsumer(pack(work, { buildFirst: !values['no-build'] }), join(work, 'consumer'));
const dist = join(consumer, 'node_modules', 'bauhinia-ui', 'dist');

const groups = positionals.map((argument) => {
  const [file, names] = argument.split(':');
  if (!file || !names) throw new Error(`weigh: "${argument}" is not <module of dist>:<export>[,<export>…]`);
  return { label: argument, source: `export { ${names.split(',').join(', ')} } from ${JSON.stringify(join(dist, file))};\n` };
});
if (groups.length > 1) groups.push({ label: 'all of the above', source: groups.map((g) => g.source).join('') });

for (const [index, { label, source }] of groups.entries()) {
  const { sizes } = await bundle(consumer, `weigh-${index}`, source);
  console.log(`${String(sizes.gzip).padStart(6)} B gzip  ${label}`);
}
