export { LanguageSwitcher } from './LanguageSwitcher.js';
export type { LanguageLinks, LanguageSwitcherProps } from './LanguageSwitcher.js';
export { languageSwitcherDefinition } from './LanguageSwitcher.definition.js';
