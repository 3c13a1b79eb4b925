export { FeedbackPrompt } from './FeedbackPrompt.js';
export type { FeedbackPromptLabels, FeedbackPromptMethod, FeedbackPromptProps } from './FeedbackPrompt.js';
export { feedbackPromptDefinition, feedbackPromptMethods } from './FeedbackPrompt.definition.js';
