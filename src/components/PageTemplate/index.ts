export { PageTemplate } from './PageTemplate.js';
export type { PageTemplateFooter, PageTemplateMasthead, PageTemplateProps } from './PageTemplate.js';
export { pageTemplateDefinition } from './PageTemplate.definition.js';
