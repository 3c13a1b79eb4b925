export { ArticleHighlight, articleHighlightVariants } from './components/ArticleHighlight/index.js';
export type { ArticleHighlightProps, ArticleHighlightImage, ArticleHighlightVariant } from './components/ArticleHighlight/index.js';

export { QuoteBlock, quoteVariants } from './components/QuoteBlock/index.js';
export type { QuoteBlockProps, QuoteAttribution, QuoteVariant } from './components/QuoteBlock/index.js';

export { ParticipantProfileCard, participantProfileHeadingLevels } from './components/ParticipantProfileCard/index.js';
export type {
  ParticipantProfileCardProps,
  ParticipantProfileHeadingLevel,
  ParticipantProfilePeriod,
  ParticipantProfilePhoto,
  PersonName,
} from './components/ParticipantProfileCard/index.js';

export { CityPartnerBadgeStrip } from './components/CityPartnerBadgeStrip/index.js';
export type { CityPartner, CityPartnerBadgeStripProps } from './components/CityPartnerBadgeStrip/index.js';

export { labelCatalogue, locales } from './i18n/index.js';
export type { LabelCatalogue, Locale, LocaleInput } from './i18n/index.js';
export type { HeadingLevel } from './internal/headingLevel.js';

export { createThemeCss, themeNames } from './tokens/index.js';
export type { ThemeName, TokenOverrides, ThemeCssOptions } from './tokens/index.js';
