import { z } from 'zod';
import { FIND_MAX_HITS, FindHit } from '../../domain/findAnything';

/** The command palette's search over every record a secretary looks for by name. */
export const findChannels = {
  'find:anything': {
    input: z.object({ text: z.string().max(200) }).strict(),
    output: z.array(FindHit).max(FIND_MAX_HITS),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
