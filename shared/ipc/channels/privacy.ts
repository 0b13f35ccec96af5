import { z } from 'zod';
import {
  ErasureReport,
  PendingErasure,
  PersonExport,
  PersonMatch,
  PersonQuery,
  PersonRefs,
} from '../../domain/privacy';
import { none } from './app';

/**
 * A person's data: find them in every collection, give them a copy, erase them everywhere; an
 * erasure that stopped before every backup was done is shown, and finished, on its own.
 */
export const privacyChannels = {
  'person:find': { input: PersonQuery, output: z.array(PersonMatch) },
  'person:export': { input: PersonRefs, output: PersonExport },
  'person:erase': { input: PersonRefs, output: ErasureReport },
  'privacy:pendingErasure': { input: none, output: PendingErasure.nullable() },
  'privacy:finishErasure': { input: none, output: ErasureReport },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
