import type { ComponentDocs } from '../../contract/definition.js';
import type { feedbackPromptDefinition } from './FeedbackPrompt.definition.js';

/** What FeedbackPrompt and each of its parts are: its docs page and its JSON Schema read this. */
export const docs = {
  description: '"Is this page useful? Yes / No" at the end of a page, sent to the site as a plain form with two submit buttons, and a link to report a problem with the page. No JavaScript.',
  parts: {
    form: 'The `<form>` that sends the answer to the site (POST by default).',
    fieldset: 'The `<fieldset>` grouping the two answers under the question.',
    question: 'The `<legend>`: "Is this page useful?".',
    answers: 'The row of the two answer buttons.',
    answer: 'One answer: a secondary Button that sends the form with its value (`yes` or `no`).',
    thanks: 'The thanks shown instead of the form once the answer is sent (`submitted`).',
    report: 'The paragraph holding the report link.',
    'report-link': 'The "Report a problem with this page" link.',
  },
} satisfies ComponentDocs<typeof feedbackPromptDefinition>;
