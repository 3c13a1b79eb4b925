import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** How the answer is sent; the first is the default. */
export const feedbackPromptMethods = ['post', 'get'] as const;

export const feedbackPromptLabels = labelTables({
  en: { question: 'Is this page useful?', yes: 'Yes', no: 'No', report: 'Report a problem with this page', thanks: 'Thank you for your feedback.' },
  'zh-Hant': { question: '本網頁對你有用嗎？', yes: '有用', no: '沒有用', report: '報告本網頁的問題', thanks: '謝謝你的意見。' },
  'zh-Hans': { question: '本网页对你有用吗？', yes: '有用', no: '没有用', report: '报告本网页的问题', thanks: '谢谢你的意见。' },
});

export const feedbackPromptDefinition = {
  name: 'FeedbackPrompt',
  parts: ['form', 'fieldset', 'question', 'answers', 'answer', 'thanks', 'report', 'report-link'],
  options: { method: feedbackPromptMethods },
  labels: { feedbackPrompt: feedbackPromptLabels },
} as const satisfies ComponentDefinition;
