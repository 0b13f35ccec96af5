import type { ActivityStatus } from '../../activities/activity';
import type { PartnershipStatus } from '../../partnership';
import type { HealthLevel } from '../../partnershipHealth';
import type { PlanActionStatus } from '../../plan/plan';

/** Every word the annual report prints, in one document language. `{x}` marks a value. */
export interface AnnualWords {
  title: string;
  preparedOn: string;
  atAGlance: string;
  partnerships: string;
  activitiesHeld: string;
  activitiesPlanned: string;
  participants: string;
  countries: string;
  youthShare: string;
  actionsDone: string;
  /** "12 of 20" */
  ofCount: string;
  noPartnerships: string;
  status: string;
  signedOn: string;
  planTitle: string;
  plannedDone: string;
  action: string;
  owner: string;
  nobody: string;
  noPlan: string;
  noActions: string;
  reviewHeld: string;
  reviewDone: string;
  reviewNotes: string;
  noReview: string;
  activitiesTitle: string;
  activity: string;
  dates: string;
  /** The column of participant counts. */
  people: string;
  byCountry: string;
  youth: string;
  /** The youth share with how many ages it rests on: "62 % of 13". */
  youthOf: string;
  noAges: string;
  countryUnknown: string;
  noActivities: string;
  themesTitle: string;
  noThemes: string;
  healthTitle: string;
  healthSummary: string;
  keysMissing: string;
  withoutEvidence: string;
  allKeys: string;
  financeTitle: string;
  financeIntro: string;
  noFinance: string;
  page: string;
  colon: string;
  partnershipStatus: Record<PartnershipStatus, string>;
  actionStatus: Record<PlanActionStatus, string>;
  activityStatus: Record<ActivityStatus, string>;
  level: Record<HealthLevel, string>;
  /** CEMR's ten keys, short. */
  keys: Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10, string>;
}
