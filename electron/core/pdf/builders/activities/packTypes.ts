import type { ParticipantCounts } from '../../../../../shared/domain/activities/counts';
import type { PrintableEvent } from '../../../../../shared/domain/activities/documents/printable';
import type { ApplicationAmounts } from '../../../../../shared/domain/funding/application';
import type { PackCosts, PackParticipants } from '../../../../../shared/domain/funding/reportingPack';

/** One activity of the application as the pack prints it: the event with its towns named, and its counts. */
export interface PackActivity {
  event: PrintableEvent;
  counts: ParticipantCounts;
}

export interface PackHeader {
  /** The document language (the window's). */
  lang: string;
  /** The application's title. */
  title: string;
  /** The committee (or town) reporting. */
  committee: string;
  programme: { name: string; callYear: number; callCode: string; funder: string };
}

export interface FinalReportInput extends PackHeader {
  applicants: readonly { name: string; country: string | null; lead: boolean }[];
  projectStart: string | null;
  projectEnd: string | null;
  amounts: ApplicationAmounts;
  activities: readonly PackActivity[];
  participants: PackParticipants;
  costs: PackCosts;
  /** The budget categories named in the report's language; a key without a name prints as is. */
  categoryLabels: Readonly<Record<string, string>>;
  preparedOn: string;
}

export interface PublicationInput extends PackHeader {
  /** The programme's funding statement in the document's language; null where the programme gives none. */
  statement: string | null;
  activities: readonly PackActivity[];
}
