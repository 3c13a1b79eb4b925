import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, imageUrl, labelOverrides, locale, option, text } from '../../fixtures/schema.js';
import type { FigureProps } from './Figure.js';
import { figureDefinition as definition } from './Figure.definition.js';
import { docs } from './Figure.docs.js';

const pixels = { type: 'integer', minimum: 1, description: 'Intrinsic size in CSS pixels.' };

export const schema = contentSchema(
  definition,
  docs.description,
  {
    src: imageUrl,
    alt: { type: 'string', description: 'What the image shows; "" for a decorative image or one the caption fully describes.' },
    caption: text,
    credit: text,
    width: pixels,
    height: pixels,
    aspectRatio: option(definition, 'aspectRatio'),
    loading: option(definition, 'loading'),
    fetchPriority: option(definition, 'fetchPriority'),
    locale,
    labels: labelOverrides(definition),
  },
  ['src', 'alt'],
);

export const fixtures: Fixture<FigureProps>[] = [
  {
    name: 'photo-en',
    description: 'A photo in the body of an English article: intrinsic size, caption and credit, loaded lazily.',
    props: {
      locale: 'en',
      src: '/images/exchange-programme-2024/duty-visit.jpg',
      alt: 'Six officials in business suits listen to a guide in a bright exhibition hall.',
      caption: 'Exchange participants on a duty visit with their host colleagues, December 2024.',
      credit: 'Chan Tai-man',
      width: 1200,
      height: 800,
    },
  },
  {
    name: 'lead-zh-hant-eager',
    description: 'The lead image of a Traditional Chinese article: 16:9 box, loaded eagerly with high priority (React 19 adds a preload hint).',
    props: {
      locale: 'zh-Hant',
      src: '/images/exchange-programme-2024/group-photo.jpg',
      alt: '約三十人在政府大樓前的梯級上排成三行合照。',
      caption: '2024年公務員交流計劃的參加者與接待部門同事合照。',
      credit: '陳大文',
      aspectRatio: '16:9',
      loading: 'eager',
      fetchPriority: 'high',
    },
  },
  {
    name: 'decorative-zh-hans',
    description: 'Simplified Chinese: the caption says all the image shows, so alt="" and the caption alone names the figure.',
    props: {
      locale: 'zh-Hans',
      src: '/images/exchange-programme-2024/harbour.jpg',
      alt: '',
      caption: '维多利亚港',
      aspectRatio: '3:2',
    },
  },
];
