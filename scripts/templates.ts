import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { blockName } from '../src/contract/definition.js';

/**
 * Every Nunjucks template the package ships under dist/nunjucks/, by its name there, with its source
 * file: a component folder's `<Name>.njk` is `<kebab-name>/macro.njk`; src/nunjucks/'s own templates
 * are the shared partials, `_shared/<file>.njk`. The build ships them (`templates` below) and the
 * tests load them from source under these names (tests/support/nunjucks.ts).
 */
export function templateSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const components = join(root, 'src', 'components');
  for (const name of readdirSync(components).sort()) {
    const source = join(components, name, `${name}.njk`);
    if (existsSync(source)) sources.set(`${blockName({ name })}/macro.njk`, source);
  }
  const shared = join(root, 'src', 'nunjucks');
  for (const file of readdirSync(shared).filter((f) => f.endsWith('.njk')).sort()) sources.set(`_shared/${file}`, join(shared, file));
  return sources;
}

/** The package build's step that ships the templates beside bauhinia-ui/nunjucks (dist/nunjucks/index.js). */
export function templates(root: string): Plugin {
  return {
    name: 'bauhinia:templates',
    generateBundle() {
      for (const [name, source] of templateSources(root)) {
        this.emitFile({ type: 'asset', fileName: `nunjucks/${name}`, source: readFileSync(source, 'utf8') });
      }
    },
  };
}
