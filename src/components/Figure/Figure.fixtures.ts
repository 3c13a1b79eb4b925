import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { picture, pictureSize } from '../../fixtures/picture.js';
import type { Locale } from '../../i18n/locale.js';
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

// The fixtures' picture (a harbour skyline under a pink sun) with its words in each language.
const words: Record<Locale, { alt: string; caption: string; credit: string }> = {
  en: { alt: 'A drawing of towers along a harbour under a pink sun.', caption: 'Victoria Harbour, drawn for the newsletter’s issue on the 2024 exchange.', credit: 'Chan Tai-man' },
  'zh-Hant': { alt: '插畫：粉紅色的太陽下，海港旁的高樓。', caption: '維多利亞港，為通訊的2024年交流計劃專題而繪。', credit: '陳大文' },
  'zh-Hans': { alt: '插画：粉红色的太阳下，海港旁的高楼。', caption: '维多利亚港，为通讯的2024年交流计划专题而绘。', credit: '陈大文' },
};

export const fixtures: Fixture<FigureProps>[] = [
  ...inEachLanguage<FigureProps>('photo', 'An image in the body of an article: intrinsic size, caption and credit, loaded lazily', (locale) => ({
    props: { locale, src: picture, ...pictureSize, ...words[locale] },
  })),
  {
    name: 'lead-zh-hant-eager',
    description: 'The lead image of a Traditional Chinese article: 16:9 box, loaded eagerly with high priority (React 19 adds a preload hint).',
    props: { locale: 'zh-Hant', src: picture, ...words['zh-Hant'], aspectRatio: '16:9', loading: 'eager', fetchPriority: 'high' },
  },
  {
    name: 'decorative-zh-hans',
    description: 'Simplified Chinese: the caption says all the image shows, so alt="" and the caption alone names the figure.',
    props: { locale: 'zh-Hans', src: picture, alt: '', caption: '维多利亚港', aspectRatio: '3:2' },
  },
];
