import type { Theme } from '../../../partnership';
import type { ActivityKind } from '../../activity';

/** Every word the activity documents print, for one document language. `{x}` marks a value. */
export interface DocumentWords {
  kinds: Record<ActivityKind, string>;
  themes: Record<Theme, string>;
  event: string;
  dates: string;
  place: string;
  venue: string;
  programme: string;
  europeanThemes: string;
  page: string;
  // The signed participant list
  participantList: string;
  invitedTown: string;
  localParticipants: string;
  participantsCount: string;
  number: string;
  name: string;
  town: string;
  country: string;
  signature: string;
  certified: string;
  certifiedLine: string;
  // The invitation letter
  invitation: string;
  dearFriends: string;
  inviteBody: string;
  programmeBelow: string;
  replyBy: string;
  lookForward: string;
  closing: string;
  // The programme
  programmeTitle: string;
  day: string;
  time: string;
  freeDay: string;
  // The host-family sheet and the welcome sheet
  hostSheet: string;
  hostSummary: string;
  household: string;
  contact: string;
  address: string;
  phone: string;
  guests: string;
  arrival: string;
  departure: string;
  notPlaced: string;
  welcome: string;
  /** The same while the host town is not known yet. */
  welcomeNoTown: string;
  yourHosts: string;
  hostLanguages: string;
  yourStay: string;
  organisers: string;
  inCaseOfNeed: string;
}
