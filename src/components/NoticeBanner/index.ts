export { NoticeBanner } from './NoticeBanner.js';
export type { NoticeBannerProps } from './NoticeBanner.js';
export type { NoticeBannerVariant, WeatherSignal } from './NoticeBanner.model.js';
export { noticeBannerDefinition } from './NoticeBanner.definition.js';
