import { z } from 'zod';
import { ErasureReport, PersonExport, PersonMatch, PersonQuery, PersonRefs } from '../../domain/privacy';

/** A person's data: find them in every collection, give them a copy, erase them everywhere. */
export const privacyChannels = {
  'person:find': { input: PersonQuery, output: z.array(PersonMatch) },
  'person:export': { input: PersonRefs, output: PersonExport },
  'person:erase': { input: PersonRefs, output: ErasureReport },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
