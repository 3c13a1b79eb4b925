// The global stylesheets that no component module imports, for Storybook and the browser tests.
import './layers.css.js';
import './themes.css.js';
import './base.css.js';
import './page.css.js';
