import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { citeUrl, contentSchema, labelOverrides, languageTag, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { QuoteBlockProps } from './QuoteBlock.js';
import { quoteBlockDefinition as definition } from './QuoteBlock.definition.js';
import { docs } from './QuoteBlock.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    children: paragraphs,
    attribution: {
      type: 'object',
      properties: { name: text, role: text, organisation: text, city: text },
      additionalProperties: false,
    },
    cite: citeUrl,
    variant: option(definition, 'variant'),
    collapsible: { type: 'boolean' },
    excerpt: text,
    defaultOpen: { type: 'boolean' },
    quoteLang: languageTag,
    locale,
    labels: labelOverrides(definition),
  },
  ['children'],
);

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = exchangeProgramme;

export const fixtures: Fixture<QuoteBlockProps>[] = [
  {
    name: 'reflection-en',
    description: 'Collapsible reflection in English with an excerpt, full attribution and a source link.',
    props: { locale: 'en', variant: 'reflection', collapsible: true, excerpt: en.reflection.excerpt, attribution: en.attribution, cite: '/news/2025/exchange-programme' },
    children: en.reflection.paragraphs,
  },
  {
    name: 'reflection-zh-hant',
    description: 'Open reflection in Traditional Chinese, attribution with full-width comma.',
    props: { locale: 'zh-Hant', variant: 'reflection', attribution: hant.attribution },
    children: hant.reflection.paragraphs,
  },
  {
    name: 'pull-zh-hans-quote-en',
    description: 'Pull quote on a Simplified Chinese page quoting English words: quoteLang sets lang and the marks.',
    props: { locale: 'zh-Hans', variant: 'pull', quoteLang: 'en', attribution: { name: hans.attribution.name, city: hans.attribution.city } },
    children: 'Rigorous, efficient, professional and focused on people.',
  },
];
