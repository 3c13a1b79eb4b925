// bauhinia-ui/nunjucks: the macros' folder and the filters they need. Node only; imports no React
// and no nunjucks (the site's own Environment is passed in).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export { configureNunjucks, type NunjucksEnvironment } from './configure.js';

// (Not `new URL('.', import.meta.url)`: Vite's build would inline that as an asset.)
/** The folder to add to a Nunjucks loader's search paths: it holds `<kebab-name>/macro.njk` for every component. */
export const nunjucksPath: string = dirname(fileURLToPath(import.meta.url));
