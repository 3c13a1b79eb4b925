import { definitions, type RegisteredDefinition } from './components/registry.js';
import type { ComponentDefinition, MergedFacet } from './contract/definition.js';
import { durationLabels } from './i18n/labels.js';
import { locales, type Locale } from './i18n/locale.js';

type LabelSections = MergedFacet<RegisteredDefinition, 'labels'>;

/** Every built-in string of every component in one locale, by section (`quote`, `partners`…). */
export type LabelCatalogue = { [Section in keyof LabelSections]: LabelSections[Section][Locale] } & {
  /** A length of time in words: "3 months", 「3 個月」. */
  duration: (typeof durationLabels)[Locale];
};

function assemble(list: readonly ComponentDefinition[]): Record<Locale, LabelCatalogue> {
  const catalogue = (locale: Locale) => {
    const sections = list.flatMap((definition) => Object.entries(definition.labels ?? {}).map(([section, tables]) => [section, tables[locale]]));
    return { ...Object.fromEntries(sections), duration: durationLabels[locale] } as LabelCatalogue;
  };
  return Object.fromEntries(locales.map((locale) => [locale, catalogue(locale)])) as Record<Locale, LabelCatalogue>;
}

/**
 * Every built-in string of every registered component, per locale: gathered from the components'
 * definitions, so it lists each new component's labels without being edited. A reference for
 * translators and tools; a component's own labels are its definition's (`quoteBlockDefinition.labels`).
 */
export const labelCatalogue: Record<Locale, LabelCatalogue> = /* @__PURE__ */ assemble(definitions);
