import { z } from 'zod';
import { Timeline, TimelineSpan } from '../../domain/timeline/timeline';

export const timelineChannels = {
  /** Every partnership's dated items over a span of years, for the timeline screen and its print. */
  'timeline:get': { input: TimelineSpan, output: Timeline },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
