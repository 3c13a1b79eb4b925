// Build-only entry: the global stylesheets that no component module imports.
import './layers.css.js';
import '../tokens/themes.css.js';
import './base.css.js';
import './page.css.js';
