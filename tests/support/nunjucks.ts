// A Nunjucks environment that loads the macros from source under the names they ship with
// (`quote-block/macro.njk`), configured by the package's own configureNunjucks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { templateSources } from '../../scripts/templates.js';
import { blockName } from '../../src/contract/definition.js';
import { configureNunjucks } from '../../src/nunjucks/configure.js';

const root = join(import.meta.dirname, '..', '..');
/** Every shipped template, by its name under dist/nunjucks, with its source file. */
export const sources = templateSources(root);

class SourceLoader extends nunjucks.Loader implements nunjucks.ILoader {
  getSource(name: string): nunjucks.LoaderSource {
    const path = sources.get(name);
    if (!path) throw new Error(`nunjucks: no template ${name}`);
    return { src: readFileSync(path, 'utf8'), path: name, noCache: false };
  }
}

export const environment = configureNunjucks(new nunjucks.Environment(new SourceLoader(), { autoescape: true }));

/** The macro's name and its template's name for a component: `bhQuoteBlock`, `quote-block/macro.njk`. */
export const macroOf = (component: string) => ({ macro: `bh${component}`, file: `${blockName({ name: component })}/macro.njk` });

const calls = new Map<string, nunjucks.Template>();

/** Renders a component's macro with `params` (content props and `children`), as a page would call it. */
export function renderMacro(component: string, params: unknown): string {
  let template = calls.get(component);
  if (!template) {
    const { macro, file } = macroOf(component);
    template = new nunjucks.Template(`{% from "${file}" import ${macro} %}{{ ${macro}(params) }}`, environment);
    calls.set(component, template);
  }
  return template.render({ params });
}

/** Renders a template string (a page that calls the macros, `{% call %}` and all). */
export const renderPage = (source: string, context: object = {}) => environment.renderString(source, context);

