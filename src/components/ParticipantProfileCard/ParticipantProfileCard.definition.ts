import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

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
  parts: ['identity', 'portrait', 'monogram', 'name', 'local-name', 'fact', 'fact-label', 'bio'],
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
