export { NoticeBanner } from './NoticeBanner.js';
export type { NoticeBannerProps, NoticeBannerVariant, WeatherSignal } from './NoticeBanner.js';
export { noticeBannerDefinition } from './NoticeBanner.definition.js';
