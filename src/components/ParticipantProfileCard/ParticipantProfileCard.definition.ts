import { labelTables, type ComponentDefinition } from '../definition.js';

export const profileLabels = labelTables({
  en: {
    role: 'Role',
    homeCity: 'Home city',
    homeOrganisation: 'Home organisation',
    hostOrganisation: 'Host office',
    period: 'Exchange period',
    periodSeparator: ' to ',
    periodFrom: 'From {start}',
    duration: 'Duration',
  },
  'zh-Hant': {
    role: '職位',
    homeCity: '原居城市',
    homeOrganisation: '原屬機構',
    hostOrganisation: '接待部門',
    period: '交流期間',
    periodSeparator: '至',
    periodFrom: '{start}起',
    duration: '為期',
  },
  'zh-Hans': {
    role: '职位',
    homeCity: '原居城市',
    homeOrganisation: '原属机构',
    hostOrganisation: '接待部门',
    period: '交流期间',
    periodSeparator: '至',
    periodFrom: '{start}起',
    duration: '为期',
  },
});

export const participantProfileCardDefinition = {
  name: 'ParticipantProfileCard',
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
  labels: { profile: profileLabels },
  tokens: {
    profile: {
      background: 'color.surface.raised',
      border: 'color.border.subtle',
      monogramBackground: 'color.brand.primary',
      monogramText: 'color.brand.onPrimary',
    },
  },
} as const satisfies ComponentDefinition;
