import type {
  ActivityKind,
  ActivityTheme,
  ProgrammeDay,
  Venue,
} from '../../../../../shared/domain/activities/activity';

/** What every activity document prints about the event, with the towns already named. */
export interface PrintableEvent {
  title: string;
  kind: ActivityKind;
  startDate: string;
  endDate: string;
  hostTown: { name: string; country: string } | null;
  venue: Venue;
  programme: readonly ProgrammeDay[];
  themes: readonly ActivityTheme[];
}

/** One or two document languages; with two, every label is printed in both ("Name / Nume"). */
export type DocLanguages = readonly [string] | readonly [string, string];
