export { ParticipantProfileCard, participantProfileHeadingLevels } from './ParticipantProfileCard.js';
export type {
  ParticipantProfileCardProps,
  ParticipantProfileHeadingLevel,
  ParticipantProfilePeriod,
  ParticipantProfilePhoto,
} from './ParticipantProfileCard.js';
export type { PersonName } from './personName.js';
