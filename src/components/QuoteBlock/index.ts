export { QuoteBlock, quoteVariants } from './QuoteBlock.js';
export type { QuoteBlockProps, QuoteAttribution, QuoteVariant } from './QuoteBlock.js';
