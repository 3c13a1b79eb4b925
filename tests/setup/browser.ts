// Browser tests load the whole library stylesheet, as a site would.
import '../../src/styles/css-entry.js';
