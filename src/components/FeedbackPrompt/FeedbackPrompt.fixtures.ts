import type { Fixture } from '../../fixtures/fixture.js';
import { actionUrl, contentSchema, fieldName, hiddenFields, hrefUrl, labelOverrides, locale, option } from '../../fixtures/schema.js';
import type { FeedbackPromptProps } from './FeedbackPrompt.js';
import { feedbackPromptDefinition as definition } from './FeedbackPrompt.definition.js';
import { docs } from './FeedbackPrompt.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    action: actionUrl,
    method: option(definition, 'method'),
    fieldName,
    hiddenFields,
    reportHref: hrefUrl,
    submitted: { type: 'boolean', description: 'The answer was sent: the thanks shows instead of the form.' },
    locale,
    labels: labelOverrides(definition),
  },
  ['action'],
);

const page = '/en/newsletter/2025-01/exchange-programme.html';

export const fixtures: Fixture<FeedbackPromptProps>[] = [
  {
    name: 'feedback-en',
    description: "English prompt posting useful=yes or no with the page's path, and the report link.",
    props: { locale: 'en', action: '/en/feedback/', hiddenFields: { page }, reportHref: '/en/contact/?subject=page-problem' },
  },
  {
    name: 'feedback-zh-hant',
    description: 'Traditional Chinese prompt (本網頁對你有用嗎？ 有用 / 沒有用) with the report link.',
    props: { locale: 'zh-Hant', action: '/tc/feedback/', hiddenFields: { page: '/tc/newsletter/2025-01/exchange-programme.html' }, reportHref: '/tc/contact/?subject=page-problem' },
  },
  {
    name: 'feedback-zh-hans-submitted',
    description: 'Simplified Chinese prompt after the answer was sent: the thanks (谢谢你的意见。) and the report link.',
    props: { locale: 'zh-Hans', action: '/sc/feedback/', submitted: true, reportHref: '/sc/contact/?subject=page-problem' },
  },
  {
    name: 'feedback-en-csrf',
    description: 'English prompt with a CSRF token as a hidden field and no report link.',
    props: { locale: 'en', action: '/en/feedback/', hiddenFields: { csrf: 'k2V9x7Qd', page } },
  },
];
