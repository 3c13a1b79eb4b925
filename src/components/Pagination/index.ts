export { Pagination } from './Pagination.js';
export type { PaginationArticle, PaginationProps } from './Pagination.js';
export { paginationDefinition } from './Pagination.definition.js';
