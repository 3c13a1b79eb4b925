export { ArticleHighlight, articleHighlightVariants } from './ArticleHighlight.js';
export type { ArticleHighlightProps, ArticleHighlightImage, ArticleHighlightVariant } from './ArticleHighlight.js';
