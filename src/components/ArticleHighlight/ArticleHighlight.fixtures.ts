import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, hrefUrl, id, imageUrl, isoDateOrInstant, labelOverrides, locale, option, paragraphs, text } from '../../fixtures/schema.js';
import type { ArticleHighlightProps } from './ArticleHighlight.js';
import { articleHighlightDefinition as definition } from './ArticleHighlight.definition.js';
import { docs } from './ArticleHighlight.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    title: text,
    kicker: text,
    lead: text,
    children: paragraphs,
    date: isoDateOrInstant,
    image: {
      type: 'object',
      properties: {
        src: imageUrl,
        alt: { type: 'string' },
        caption: text,
        width: { type: 'integer', minimum: 1, description: 'Intrinsic width in pixels; with height, the box is reserved before the image loads.' },
        height: { type: 'integer', minimum: 1, description: 'Intrinsic height in pixels.' },
        loading: { enum: ['lazy', 'eager'] },
      },
      required: ['src', 'alt'],
      additionalProperties: false,
    },
    href: hrefUrl,
    headingLevel,
    variant: option(definition, 'variant'),
    locale,
    labels: labelOverrides(definition),
    headingId: id,
  },
  ['title'],
);

const { en, 'zh-Hant': hant, 'zh-Hans': hans } = exchangeProgramme;
const articleImage = '/images/exchange-programme-2024.jpg';

export const fixtures: Fixture<ArticleHighlightProps>[] = [
  {
    name: 'feature-en',
    description: 'Feature variant in English: kicker, linked title, lead, date, captioned image and two body paragraphs.',
    props: {
      locale: 'en',
      variant: 'feature',
      kicker: en.article.kicker,
      title: en.article.title,
      lead: en.article.lead,
      date: en.article.date,
      href: '/news/2025/exchange-programme',
      image: { src: articleImage, alt: en.article.imageAlt, caption: en.article.imageCaption, width: 1200, height: 675 },
    },
    children: en.article.body,
  },
  {
    name: 'teaser-zh-hant',
    description: 'Teaser variant in Traditional Chinese: the whole card is the link; image without caption; h3 title.',
    props: {
      locale: 'zh-Hant',
      variant: 'teaser',
      headingLevel: 3,
      kicker: hant.article.kicker,
      title: hant.article.title,
      lead: hant.article.lead,
      date: hant.article.date,
      href: '/tc/news/2025/exchange-programme',
      image: { src: articleImage, alt: hant.article.imageAlt },
    },
  },
  {
    name: 'compact-zh-hans',
    description: 'Compact variant in Simplified Chinese: text only (the image is not shown in compact), date as an instant.',
    props: {
      locale: 'zh-Hans',
      variant: 'compact',
      title: hans.article.title,
      date: '2025-01-15T09:30:00+08:00',
      href: '/sc/news/2025/exchange-programme',
      image: { src: articleImage, alt: hans.article.imageAlt },
    },
    children: [hans.article.body[0] ?? ''],
  },
];
