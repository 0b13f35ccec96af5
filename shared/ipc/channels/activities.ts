import { z } from 'zod';
import { Activity, ActivityDraft, ActivityKind, ActivityStatus } from '../../domain/activities/activity';
import { Organisation, OrganisationDraft } from '../../domain/activities/organisation';
import { Id, IsoDate, Rev, Timestamp, text } from '../../domain/common';
import { BinaryExportFile } from '../../domain/importPreview';
import { none } from './app';

const byId = z.object({ id: Id }).strict();

export const ActivityFilter = z
  .object({
    status: ActivityStatus.optional(),
    kind: ActivityKind.optional(),
    partnershipId: Id.optional(),
    /** Activities that end on or after this day… */
    from: IsoDate.optional(),
    /** …and start on or before this one: what overlaps the span. */
    to: IsoDate.optional(),
    /** Matched against the title, the venue and the notes, ignoring case and accents. */
    text: z.string().max(200).optional(),
    /** Only these activities: how the window refreshes the rows a change touched. */
    ids: z.array(Id).max(500).optional(),
  })
  .strict();
export type ActivityFilter = z.infer<typeof ActivityFilter>;

/** A link an activity belongs to, named as the registry names it. */
export const ActivityLink = z.object({ id: Id, title: z.string() });

/** An activity as the window shows it: the stored record with its links and host town named. */
export const ActivityView = Activity.extend({
  rev: Rev,
  updatedAt: Timestamp,
  links: z.array(ActivityLink),
  /** The host town's name; '' when not yet known. */
  hostTown: z.string(),
  /** How many participants are registered (a deletion asks first when there are any). */
  participants: z.int().min(0),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const ActivityStatusInput = z
  .object({ id: Id, rev: Rev.optional(), status: ActivityStatus, date: IsoDate, note: text(1000) })
  .strict();
export type ActivityStatusInput = z.infer<typeof ActivityStatusInput>;

/** What the form offers: every link with its partner towns (the possible hosts), and the home town. */
export const ActivityChoices = z.object({
  home: z.string(),
  links: z.array(ActivityLink.extend({ towns: z.array(z.object({ id: Id, name: z.string() })) })),
});
export type ActivityChoices = z.infer<typeof ActivityChoices>;

/**
 * A deletion that can be undone for a while: the core keeps what it removed (the activity,
 * its participants and their placements) and activities:restore brings it back as a new record.
 */
export const RemovedActivity = z.object({ id: Id, title: z.string(), participants: z.int().min(0) });
export type RemovedActivity = z.infer<typeof RemovedActivity>;

export const IcsInput = z
  .object({ language: z.enum(['en', 'ro', 'fr', 'de']), filter: ActivityFilter.optional() })
  .strict();

export const OrganisationRecord = Organisation.extend({ rev: Rev, updatedAt: Timestamp });
export type OrganisationRecord = z.infer<typeof OrganisationRecord>;

export const activityChannels = {
  'activities:list': { input: ActivityFilter, output: z.array(ActivityView) },
  'activities:get': { input: byId, output: ActivityView },
  'activities:choices': { input: none, output: ActivityChoices },
  'activities:save': { input: ActivityDraft, output: ActivityView },
  'activities:setStatus': { input: ActivityStatusInput, output: ActivityView },
  'activities:remove': { input: byId, output: RemovedActivity },
  'activities:restore': { input: byId, output: ActivityView },
  'activities:exportIcs': { input: IcsInput, output: BinaryExportFile },
  'organisations:list': { input: none, output: z.array(OrganisationRecord) },
  'organisations:save': {
    input: z.object({ draft: OrganisationDraft, rev: Rev.optional() }).strict(),
    output: OrganisationRecord,
  },
  'organisations:remove': { input: byId, output: z.object({ id: Id }) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
