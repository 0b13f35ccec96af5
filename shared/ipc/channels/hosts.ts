import { z } from 'zod';
import { HostHousehold, HostHouseholdDraft } from '../../domain/activities/household';
import { Id, IsoDate, Rev, Timestamp } from '../../domain/common';
import { none } from './app';

const byId = z.object({ id: Id }).strict();
const byActivity = z.object({ activityId: Id }).strict();

/** A household of the register as the window shows it, with how many guests it hosts in activities not yet over. */
export const HouseholdRecord = HostHousehold.extend({
  rev: Rev,
  updatedAt: Timestamp,
  /** Guests placed with it in activities that end today or later: removing it is refused while any. */
  upcomingGuests: z.int().min(0),
});
export type HouseholdRecord = z.infer<typeof HouseholdRecord>;

const HardProblem = z.enum(['dates', 'pets', 'minorCheck', 'stepFree']);

/** Why a household suits a guest; the window words each code (shared/domain/activities/matching). */
export const MatchReasonView = z.discriminatedUnion('code', [
  z.object({ code: z.literal('beds'), free: z.int(), beds: z.int() }),
  z.object({ code: z.literal('dates') }),
  z.object({ code: z.literal('language'), language: z.string() }),
  z.object({ code: z.literal('noPets') }),
  z.object({ code: z.literal('checkedForMinors'), date: IsoDate }),
  z.object({ code: z.literal('stepFree') }),
  z.object({ code: z.literal('diet') }),
  z.object({ code: z.literal('dietNotOffered') }),
  z.object({ code: z.literal('smokeFree') }),
  z.object({ code: z.literal('preferred') }),
  z.object({ code: z.literal('groupTogether'), group: z.string(), size: z.int() }),
  z.object({ code: z.literal('groupSplit'), group: z.string() }),
]);

export const HostGuest = z.object({
  id: Id,
  name: z.string(),
  town: z.string(),
  arrival: IsoDate,
  departure: IsoDate,
  stayGroup: z.string(),
  minor: z.boolean(),
});
export type HostGuest = z.infer<typeof HostGuest>;

export const HostChoice = z.object({
  id: Id,
  name: z.string(),
  beds: z.int(),
  /** Beds still free for this activity: its beds less the guests placed here and in overlapping activities. */
  free: z.int(),
  languages: z.array(z.string()),
});

/** The hosts tab of one activity: who needs a host, where they are, what the matching suggests. */
export const HostPlan = z.object({
  activityId: Id,
  guests: z.array(HostGuest),
  households: z.array(HostChoice),
  assignments: z.array(
    z.object({
      id: Id,
      participantId: Id,
      householdId: Id,
      manual: z.boolean(),
      /** The hard rules this placement breaks (a choice made by hand, or dates changed since). */
      problems: z.array(HardProblem),
    }),
  ),
  /** Placements kept for someone who no longer needs a host (cancelled, or coming to a hotel). */
  stale: z.array(z.object({ id: Id, participantId: Id, name: z.string(), householdId: Id })),
  suggestions: z.array(z.object({ participantId: Id, householdId: Id, reasons: z.array(MatchReasonView) })),
  unplaced: z.array(
    z.object({
      participantId: Id,
      blockers: z.array(z.object({ code: z.enum([...HardProblem.options, 'full']), households: z.int() })),
    }),
  ),
  /** "60 guests, 48 beds": guests needing a host against the free beds of households available for a stay. */
  summary: z.object({
    guests: z.int(),
    beds: z.int(),
    assigned: z.int(),
    shortage: z.int(),
  }),
});
export type HostPlan = z.infer<typeof HostPlan>;

export const AssignInput = z.object({ activityId: Id, participantId: Id, householdId: Id }).strict();
export const AcceptInput = z
  .object({
    activityId: Id,
    /** Only these guests' suggestions ("accept one"); all of them when left out. */
    participantIds: z.array(Id).min(1).max(2000).optional(),
  })
  .strict();

/** The activities ahead with guests still without a host: the overview's card. */
export const MissingHosts = z.array(
  z.object({
    activityId: Id,
    title: z.string(),
    startDate: IsoDate,
    endDate: IsoDate,
    guests: z.int(),
    withoutHost: z.int(),
  }),
);
export type MissingHosts = z.infer<typeof MissingHosts>;

export const hostChannels = {
  'households:list': { input: none, output: z.array(HouseholdRecord) },
  'households:save': {
    input: z.object({ draft: HostHouseholdDraft, rev: Rev.optional() }).strict(),
    output: HouseholdRecord,
  },
  /**
   * Refused (household_has_guests) while it hosts guests of an activity not yet over;
   * its placements in activities already over go with it.
   */
  'households:remove': { input: byId, output: z.object({ id: Id }) },
  'hosts:suggest': { input: byActivity, output: HostPlan },
  'hosts:assign': { input: AssignInput, output: HostPlan },
  'hosts:unassign': { input: z.object({ activityId: Id, participantId: Id }).strict(), output: HostPlan },
  'hosts:acceptSuggestions': { input: AcceptInput, output: HostPlan },
  'hosts:missing': { input: none, output: MissingHosts },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
