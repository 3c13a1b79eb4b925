// bauhinia-ui/text-size.js: the one script a template page includes for TextSizeControl
// (`<script src="…/text-size.js" defer></script>`). Runs once the document is parsed.
import { enhanceTextSizeControls } from './TextSizeControl.enhancer.js';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhanceTextSizeControls);
else enhanceTextSizeControls();
