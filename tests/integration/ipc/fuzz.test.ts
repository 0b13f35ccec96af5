import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { ErrorCode } from '../../../shared/ipc/errors';
import { manualTimers, openBackendWith, removeDir, tempDataDir } from '../helpers/backend';
import { shaped } from './zodArbitrary';

const RUNS = process.env.FAULTS === 'full' ? 500 : 60;

let dir: string;
let backend: Backend;
const logged: unknown[] = [];
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  dir = await tempDataDir('twinning-fuzz-');
  backend = await openBackendWith(dir, {
    timers: manualTimers().timers,
    log: { error: (m, e) => logged.push([m, e]) },
    // A fuzzed sync setup may name any server: nothing beyond this machine is ever asked.
    syncHosts: (host) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]',
  });
});
afterAll(async () => {
  await backend.close();
  await removeDir(dir);
});

/** What a transport may hand the dispatcher: anything, including JSON with polluting keys. */
const polluting = fc
  .constantFrom('__proto__', 'constructor', 'prototype')
  .map(
    (key) =>
      JSON.parse(`{"${key}": {"polluted": true, "prototype": {"polluted": true}}, "id": "x"}`) as unknown,
  );

async function expectTypedOutcome(channel: string, input: unknown): Promise<void> {
  let result;
  try {
    result = await backend.dispatch(channel, input);
  } catch (error) {
    throw new Error(`${channel} threw for ${JSON.stringify(input)?.slice(0, 200)}: ${String(error)}`);
  }
  if (!result.ok) {
    expect(ErrorCode.options, channel).toContain(result.error.code);
    expect(
      result.error.code,
      `${channel} with ${JSON.stringify(input)?.slice(0, 300)}: ${result.error.message}`,
    ).not.toBe('INTERNAL');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('IPC fuzzing', () => {
  it.each(CHANNELS)('%s answers any input with data or a typed error, never a crash', async (channel) => {
    const arbitrary = fc.oneof(fc.anything(), polluting, shaped(contract[channel].input));
    await fc.assert(
      fc.asyncProperty(arbitrary, (input) => expectTypedOutcome(channel, input)),
      { numRuns: RUNS },
    );
  });

  it('refuses unknown and malformed channel names with UNKNOWN_CHANNEL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')),
        async (channel) => {
          fc.pre(!CHANNELS.includes(channel as never));
          const result = await backend.dispatch(channel, {});
          expect(result.ok ? 'ok' : result.error.code).toBe('UNKNOWN_CHANNEL');
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });

  it('leaves Object.prototype untouched and logs no unexpected failure', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(logged).toEqual([]);
  });
});
