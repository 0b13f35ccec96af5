/**
 * Every word the reporting pack prints (the final report, the publication text and the
 * pack's file names) in one document language. `{x}` marks a value. They live beside the
 * builders, as the budget report's do, since the core cannot read the window's catalogues.
 */
export interface PackWords {
  finalReport: string;
  programme: string;
  funder: string;
  applicants: string;
  lead: string;
  projectPeriod: string;
  notSet: string;
  grant: string;
  requested: string;
  awarded: string;
  advanced: string;
  paid: string;
  activities: string;
  activity: string;
  participants: string;
  participantsHeading: string;
  total: string;
  invited: string;
  local: string;
  youthShare: string;
  youthLine: string;
  noAgeKnown: string;
  perCountry: string;
  perTown: string;
  country: string;
  town: string;
  count: string;
  unknownCountry: string;
  noInvitedTown: string;
  themes: string;
  noThemes: string;
  dayByDay: string;
  costs: string;
  category: string;
  planned: string;
  actual: string;
  variance: string;
  noCosts: string;
  unconverted: string;
  preparedOn: string;
  // The publication text
  publication: string;
  participation: string;
  participationLine: string;
  /** The same for an event without invited guests. */
  participationLocal: string;
  fromTown: string;
  placeAndDates: string;
  placeLine: string;
  description: string;
  themesLine: string;
  // The pack's file names, as lower-case words joined by hyphens
  files: { finalReport: string; publication: string; signedList: string; pack: string };
}
