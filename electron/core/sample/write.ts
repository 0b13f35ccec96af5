import { addDays } from '../../../shared/domain/activities/dates';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Backend } from '../backend';

export type Dispatch = Backend['dispatch'];

/** One request of the sample, or an error naming the part of the sample that could not be written. */
export function sampleWriter(dispatch: Dispatch, part: string) {
  return async function must<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await dispatch(channel, input);
    if (!result.ok)
      throw new Error(`The sample ${part} could not be written: ${channel}: ${result.error.message}`);
    return result.data as Output<C>;
  };
}

/** The day `days` after `today` (before it when negative), as an ISO date. */
export const daysFrom = (today: Date, days: number): string =>
  addDays(today.toISOString().slice(0, 10), days);
