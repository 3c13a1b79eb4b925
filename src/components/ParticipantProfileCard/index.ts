export { ParticipantProfileCard, participantProfileHeadingLevels } from './ParticipantProfileCard.js';
export type {
  ParticipantProfileCardProps,
  ParticipantProfileHeadingLevel,
  ParticipantProfilePeriod,
  ParticipantProfilePhoto,
} from './ParticipantProfileCard.js';
export { honorificPositions as participantProfileHonorificPositions } from './personName.js';
export type { HonorificPosition as ParticipantProfileHonorificPosition, PersonName } from './personName.js';
