import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import { contentSchema, isoDateOrInstant, labelOverrides, locale, oneOfRequired } from '../../fixtures/schema.js';
import type { RevisionDatesProps } from './RevisionDates.js';
import { revisionDatesDefinition as definition } from './RevisionDates.definition.js';
import { docs } from './RevisionDates.docs.js';

export const schema = contentSchema(definition, docs.description, {
  revisionDate: isoDateOrInstant,
  reviewDate: isoDateOrInstant,
  locale,
  labels: labelOverrides(definition),
}, [], oneOfRequired('revisionDate', 'reviewDate'));

export const fixtures: Fixture<RevisionDatesProps>[] = [
  ...inEachLanguage<RevisionDatesProps>('dates', 'The last revision date and the review date', (locale) => ({
    props: { locale, revisionDate: '2025-07-14', reviewDate: '2025-07-31' },
  })),
  {
    name: 'dates-zh-hant-revision-only',
    description: 'Traditional Chinese: the revision date (修訂日期) alone.',
    props: { locale: 'zh-Hant', revisionDate: '2025-07-14' },
  },
  {
    name: 'dates-zh-hans-instants',
    description: 'Simplified Chinese: both dates given as instants, shown on their day in Hong Kong (16:30 UTC on 31 December is 1 January there).',
    props: { locale: 'zh-Hans', revisionDate: '2025-07-14T09:30:00+08:00', reviewDate: '2025-12-31T16:30:00Z' },
  },
  {
    name: 'dates-en-own-labels',
    description: 'English with the site\'s own wording for both labels.',
    props: { locale: 'en', revisionDate: '2025-07-14', reviewDate: '2025-07-31', labels: { revisionDate: 'Page last updated', reviewDate: 'Page last reviewed' } },
  },
];
