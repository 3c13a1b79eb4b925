export { SearchForm } from './SearchForm.js';
export type { SearchFormProps, SearchFormVariant } from './SearchForm.js';
export { searchFormDefinition, searchFormVariants } from './SearchForm.definition.js';
