export { QuoteBlock } from './QuoteBlock.js';
export type { QuoteBlockProps, QuoteAttribution, QuoteVariant } from './QuoteBlock.js';
export { quoteBlockDefinition, quoteVariants } from './QuoteBlock.definition.js';
