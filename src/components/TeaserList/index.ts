export { TeaserList } from './TeaserList.js';
export type { TeaserListLayout, TeaserListProps } from './TeaserList.js';
export { teaserListDefinition, teaserListLayouts } from './TeaserList.definition.js';
