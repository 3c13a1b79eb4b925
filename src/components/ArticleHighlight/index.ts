export { ArticleHighlight } from './ArticleHighlight.js';
export type { ArticleHighlightProps, ArticleHighlightImage, ArticleHighlightVariant } from './ArticleHighlight.js';
export { articleHighlightDefinition, articleHighlightVariants } from './ArticleHighlight.definition.js';
