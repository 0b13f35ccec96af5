import { z } from 'zod';
import { Id, Timestamp } from '../common';
import { ProgrammeRef } from './application';
import { Programme } from './programme';

/**
 * A programme version the secretary copied (to a new call year) or edited. It is a record of its
 * own: the shipped file it came from stays as shipped, and the two can be compared.
 */
export const EditedProgramme = z.object({
  id: Id,
  programmeId: z.string().min(1).max(60),
  callYear: z.int().min(2000).max(2100),
  programme: Programme,
  basedOn: ProgrammeRef,
  createdAt: Timestamp,
});
export type EditedProgramme = z.infer<typeof EditedProgramme>;
