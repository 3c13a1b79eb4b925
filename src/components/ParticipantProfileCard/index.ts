export { ParticipantProfileCard } from './ParticipantProfileCard.js';
export type { ParticipantProfileCardProps, ParticipantProfilePeriod, ParticipantProfilePhoto } from './ParticipantProfileCard.js';
export type { PersonName } from './personName.js';
export { participantProfileCardDefinition } from './ParticipantProfileCard.definition.js';
