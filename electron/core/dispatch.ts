import { contract, isChannel } from '../../shared/ipc/contract';
import { AppFailure, fail, ok, toFieldIssues, type Result } from '../../shared/ipc/errors';
import type { Handlers } from './handlerTypes';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export interface Logger {
  error(message: string, error?: unknown): void;
}

/**
 * The one place where input is validated: both transports (Electron IPC and the
 * browser-mode host) call this, so a handler only ever sees parsed, typed input and
 * every failure crosses the boundary as a value.
 */
export function createDispatch(handlers: Handlers, log: Logger): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      // Never String(channel): an object with a broken toString would throw here.
      const name = typeof channel === 'string' ? channel.slice(0, 80) : `(${typeof channel})`;
      return fail({ code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${name}` });
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail({
        code: 'VALIDATION',
        message: `Invalid input for ${channel}`,
        issues: toFieldIssues(parsed.error.issues),
      });
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const output = await handler(parsed.data);
      return ok(spec.output.parse(output));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.error);
      log.error(`Handler for ${channel} failed`, error);
      return fail({ code: 'INTERNAL', message: 'An unexpected error occurred' });
    }
  };
}
