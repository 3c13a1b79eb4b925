import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { feedbackPromptDefinition } from './FeedbackPrompt.definition.js';

const { root: rootClass, part } = classesOf(feedbackPromptDefinition);

export const root = rootClass([
  componentRoot,
  {
    display: 'block',
    padding: vars.space.lg,
    backgroundColor: vars.color.surface.subtle,
    borderBlockStart: `${vars.borderWidth.thin} solid ${vars.color.border.default}`,
    // Paper cannot answer.
    '@media': { print: { display: 'none' } },
  },
]);

export const form = part('form', { margin: 0 });

export const fieldset = part('fieldset', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: `${vars.space.sm} ${vars.space.lg}`,
  minInlineSize: 0,
  margin: 0,
  padding: 0,
  border: 0,
});

// A legend in a flex fieldset is laid out as a flex item only in its own line box: float keeps it
// beside the answers where they fit.
export const question = part('question', {
  float: 'inline-start',
  padding: 0,
  fontSize: vars.font.size.lg,
  fontWeight: vars.font.weight.bold,
});

export const answers = part('answers', { display: 'flex', flexWrap: 'wrap', gap: vars.space.sm });

export const answer = part('answer', {});

export const thanks = part('thanks', { margin: 0, fontSize: vars.font.size.lg, fontWeight: vars.font.weight.bold });

export const report = part('report', { margin: 0, marginBlockStart: vars.space.md, fontSize: vars.font.size.sm });

export const reportLink = part('report-link', {});
