export { CityPartnerBadgeStrip } from './CityPartnerBadgeStrip.js';
export type { CityPartner, CityPartnerBadgeStripProps } from './CityPartnerBadgeStrip.js';
export { cityPartnerBadgeStripDefinition } from './CityPartnerBadgeStrip.definition.js';
