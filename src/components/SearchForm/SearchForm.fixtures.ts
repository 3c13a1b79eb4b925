import type { Fixture } from '../../fixtures/fixture.js';
import { actionUrl, contentSchema, fieldName, hiddenFields, id, labelOverrides, locale, option } from '../../fixtures/schema.js';
import type { SearchFormProps } from './SearchForm.js';
import { searchFormDefinition as definition } from './SearchForm.definition.js';
import { docs } from './SearchForm.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    // The kind itself, not a copy with its own description: the property tests know kinds by identity.
    action: actionUrl,
    name: fieldName,
    value: { type: 'string', description: 'The query already searched for, on the search results page.' },
    variant: option(definition, 'variant'),
    hiddenFields,
    id,
    locale,
    labels: labelOverrides(definition),
  },
  ['action'],
);

export const fixtures: Fixture<SearchFormProps>[] = [
  {
    name: 'site-search-en',
    description: "English search form with its label shown, sending q to the site's search page.",
    props: { locale: 'en', action: '/en/search/' },
  },
  {
    name: 'site-search-zh-hant-compact',
    description: 'Traditional Chinese search form for the masthead: the label 搜尋本網站 read by screen readers only.',
    props: { locale: 'zh-Hant', action: '/tc/search/', variant: 'compact' },
  },
  {
    name: 'results-page-zh-hans',
    description: 'Simplified Chinese search results page: the query already searched for, and a hidden field for the language.',
    props: { locale: 'zh-Hans', action: '/sc/search/', value: '大湾区', hiddenFields: { lang: 'sc' } },
  },
];
