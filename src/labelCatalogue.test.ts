import { describe, expect, it } from 'vitest';
import { quoteLabels } from './components/QuoteBlock/QuoteBlock.definition.js';
import { definitions } from './components/registry.js';
import { durationLabels } from './i18n/labels.js';
import { labelCatalogue } from './labelCatalogue.js';

describe('the label catalogue', () => {
  it('gathers every registered component\'s labels, by section', () => {
    // The sections come from the registered definitions, so a new component needs no edit here;
    // two components with the same section would silently merge, so each is named once.
    const sections = definitions.flatMap((definition) => Object.keys(definition.labels ?? {}));
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toEqual(expect.arrayContaining(['article', 'partners', 'profile', 'quote']));
    expect(Object.keys(labelCatalogue.en).sort()).toEqual([...sections, 'duration'].sort());
    expect(labelCatalogue['zh-Hant'].quote).toBe(quoteLabels['zh-Hant']);
    expect(labelCatalogue['zh-Hans'].duration).toBe(durationLabels['zh-Hans']);
  });

  it('has every key in every language', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? shape(v as object).map((s) => `${k}.${s}`) : [k]));
    expect(shape(labelCatalogue['zh-Hant'])).toEqual(shape(labelCatalogue.en));
    expect(shape(labelCatalogue['zh-Hans'])).toEqual(shape(labelCatalogue.en));
  });
});
