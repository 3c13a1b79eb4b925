export { Breadcrumbs } from './Breadcrumbs.js';
export type { BreadcrumbItem, BreadcrumbsProps } from './Breadcrumbs.js';
export { breadcrumbsDefinition } from './Breadcrumbs.definition.js';
