import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { PageLayoutProps } from './PageLayout.js';
import { pageLayoutDefinition as definition } from './PageLayout.definition.js';
import { docs } from './PageLayout.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    children: paragraphs,
    aside: text,
    asidePlacement: option(definition, 'asidePlacement'),
    width: option(definition, 'width'),
    locale,
  },
  [],
);

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = exchangeProgramme;

export const fixtures: Fixture<PageLayoutProps>[] = [
  {
    name: 'article-en',
    description: 'An English article column of readable width, no aside.',
    props: { locale: 'en' },
    children: en.article.body,
  },
  {
    name: 'article-zh-hant-aside-start',
    description: 'Traditional Chinese article with an aside placed first: beside the content, above it when narrow.',
    props: { locale: 'zh-Hant', aside: hant.participant.bio, asidePlacement: 'start' },
    children: hant.article.body,
  },
  {
    name: 'index-zh-hans-wide',
    description: 'A wide Simplified Chinese page, as for an index of teasers, with an aside after the content.',
    props: { locale: 'zh-Hans', width: 'wide', aside: hans.article.lead },
    children: hans.reflection.paragraphs.slice(0, 2),
  },
];
