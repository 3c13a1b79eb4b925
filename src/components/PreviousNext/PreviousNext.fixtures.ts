import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, hrefUrl, labelOverrides, locale, oneOfRequired, text } from '../../fixtures/schema.js';
import type { PreviousNextProps } from './PreviousNext.js';
import { previousNextDefinition as definition } from './PreviousNext.definition.js';
import { docs } from './PreviousNext.docs.js';

const article = { type: 'object', properties: { href: hrefUrl, title: text }, required: ['href'], additionalProperties: false };

export const schema = contentSchema(
  definition,
  docs.description,
  { previous: article, next: article, locale, labels: labelOverrides(definition) },
  [],
  oneOfRequired('previous', 'next'),
);

// The neighbours of an article in a newsletter issue on the 2024 Civil Service Exchange Programme,
// under each language's part of the site.
const articles: Record<Locale, { prefix: string; previous: string; next: string }> = {
  en: { prefix: '/en', previous: 'Where the thirty participants came from', next: 'Three months inside a Hong Kong bureau' },
  'zh-Hant': { prefix: '/tc', previous: '三十位參加者來自哪裏', next: '在香港政府部門工作的三個月' },
  'zh-Hans': { prefix: '/sc', previous: '三十位参加者来自哪里', next: '在香港政府部门工作的三个月' },
};

const neighbours = (locale: Locale) => {
  const { prefix, previous, next } = articles[locale];
  return {
    previous: { href: `${prefix}/newsletter/2025-01/partner-cities`, title: previous },
    next: { href: `${prefix}/newsletter/2025-01/reflection`, title: next },
  };
};

export const fixtures: Fixture<PreviousNextProps>[] = [
  ...inEachLanguage<PreviousNextProps>('both', 'The previous and next article of an issue, with their titles', (locale) => ({ props: { locale, ...neighbours(locale) } })),
  {
    name: 'next-only-zh-hant',
    description: 'The first article of the Traditional Chinese issue: only a next article.',
    props: { locale: 'zh-Hant', next: neighbours('zh-Hant').next },
  },
];
