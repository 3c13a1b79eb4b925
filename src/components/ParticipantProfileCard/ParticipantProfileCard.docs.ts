import type { ComponentDocs } from '../../contract/definition.js';
import type { participantProfileCardDefinition } from './ParticipantProfileCard.definition.js';

/** What ParticipantProfileCard and each of its parts and modifiers are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A person in a programme: portrait or monogram, name, and the facts of their placement.',
  parts: {
    identity: 'The row of portrait (or monogram) and names.',
    portrait: 'The photo, in a circle.',
    monogram: 'The initials shown when there is no photo.',
    name: 'The name heading.',
    'local-name': 'The name in a second language.',
    fact: 'One fact: a `<div>` holding its `<dt>` and `<dd>`.',
    'fact-label': "A fact's `<dt>`.",
    bio: 'The short biography (children).',
  },
} satisfies ComponentDocs<typeof participantProfileCardDefinition>;
