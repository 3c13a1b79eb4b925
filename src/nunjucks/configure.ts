// The filters the macros call. Each is a component's model (src/components/<Name>/<Name>.model.ts),
// which decides what the macro writes with the same rules its React component uses, so a macro makes
// no decision of its own.
import type { ModelModule } from '../contract/template.js';
import { focusable, link, visuallyHidden } from '../styles/base.css.js';
import { container } from '../styles/container.css.js';
import { templateContent } from './content.js';
import { idSource } from './ids.js';

/** What configureNunjucks needs of a Nunjucks `Environment` (nunjucks 3). */
export interface NunjucksEnvironment {
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown;
  /** The environment's options: `autoescape` must be on (Nunjucks' default). */
  opts?: { autoescape?: unknown };
}

// Every component folder's model module and stylesheet: a component joins the macros with its own
// folder alone. (Vite resolves the globs when it builds the package.)
const models = import.meta.glob<ModelModule>('../components/*/*.model.ts', { eager: true });
const stylesheets = import.meta.glob<Record<string, unknown>>('../components/*/*.css.ts', { eager: true });

/** The shared classes (src/styles/sharedClasses.ts) the macros write: `m.shared.link`… */
const shared = { container, focusable, link, visuallyHidden };

/** The components with a macro, by name, with their model modules. */
export const templateModels: ReadonlyMap<string, ModelModule> = new Map(Object.entries(models).map(([path, module]) => [path.split('/')[2]!, module]));

/**
 * Adds the filters the macros call (`bh<Name>Model`, one per component) to `env`, and returns it.
 * A filter takes the macro's params and its `caller` and gives the model to render (undefined when
 * the component renders nothing), with its children by the fixture contract (`content`) and the
 * documented classes its elements wear: `classes`, the component stylesheet's exports (the very
 * constants its React component uses: `styles.caption` there is `m.classes.caption` here), and
 * `shared`, the shared classes (`link`, `visuallyHidden`, `focusable`, `container`). The filters
 * return plain text for autoescape to escape, so an environment that does not autoescape (Nunjucks'
 * default is to) is refused with a TypeError: the macros would write content as markup.
 */
export function configureNunjucks<Environment extends NunjucksEnvironment>(env: Environment): Environment {
  if (!env.opts?.autoescape) {
    throw new TypeError('configureNunjucks: the Nunjucks environment must autoescape (leave `autoescape` at its default, true): the macros leave the escaping of content to it.');
  }
  for (const [name, { template }] of templateModels) {
    const classes = stylesheets[`../components/${name}/${name}.css.ts`];
    env.addFilter(`bh${name}Model`, function (this: object, params: unknown, caller: unknown) {
      const { children, ...props } = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
      const model = template(props, { content: templateContent(children, caller), id: idSource(this) });
      return model && { ...model, classes, shared };
    } as (...args: never[]) => unknown);
  }
  return env;
}
