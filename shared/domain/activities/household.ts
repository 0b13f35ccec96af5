import { z } from 'zod';
import { Id, IsoDate, LanguageCode, OptionalEmail, OptionalPhone, requiredText, text } from '../common';
import { Diet, PetKind } from './participant';
import { markSensitive } from './sensitive';

export const DateRange = z.object({ from: IsoDate, to: IsoDate });
export type DateRange = z.infer<typeof DateRange>;

const householdFields = {
  /** How the secretary calls it: "Familia Popescu". */
  name: requiredText(160),
  contactName: text(120),
  email: OptionalEmail,
  phone: OptionalPhone,
  address: text(300),
  town: text(120),
  languages: z.array(LanguageCode).max(10),
  beds: z.int().min(1).max(30),
  /** The periods the household can host; a guest's whole stay must fall inside one. */
  available: z.array(DateRange).max(50),
  pets: z.array(PetKind).max(PetKind.options.length),
  smoking: z.boolean(),
  dietsOffered: z.array(Diet).max(Diet.options.length),
  stepFree: z.boolean(),
  /**
   * The date of the check a town requires before a household hosts minors (a record
   * certificate, in some countries a visit). Criminal-record data: sensitive.
   */
  minorCheckDate: markSensitive(IsoDate.nullable(), 'minorCheck'),
  notes: text(2000),
};

export const HostHousehold = z.object({ id: Id, ...householdFields });
export type HostHousehold = z.infer<typeof HostHousehold>;

export const HostHouseholdDraft = z
  .object({ id: Id.optional(), ...householdFields })
  .strict()
  .superRefine((h, ctx) => {
    h.available.forEach((r, i) => {
      if (r.to < r.from)
        ctx.addIssue({ code: 'custom', message: 'range_end_before_start', path: ['available', i, 'to'] });
    });
  });
export type HostHouseholdDraft = z.infer<typeof HostHouseholdDraft>;

/**
 * One guest placed in one household for one activity. Stored apart from both, so editing a
 * household never races with matching. `manual` marks the secretary's own choice, which a
 * new round of suggestions keeps.
 */
export const HostAssignment = z.object({
  id: Id,
  activityId: Id,
  participantId: Id,
  householdId: Id,
  manual: z.boolean(),
});
export type HostAssignment = z.infer<typeof HostAssignment>;
