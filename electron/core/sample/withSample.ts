import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppStatus } from '../../../shared/domain/appStatus';
import { createBackend, type Backend, type BackendOptions } from '../backend';
import { EventHub } from '../events';
import { seedSample } from './seedSample';

/** What the app's `sample:explore` and `sample:leave` ask of the session. */
export interface SampleHooks {
  explore(): Promise<AppStatus>;
  leave(): Promise<AppStatus>;
}

/**
 * The backend the window talks to: the secretary's own data folder, and while she explores
 * the sample committee, a second backend on a folder made for the visit (in the system's
 * temporary folder, never inside hers). Requests and events go to whichever is shown; her
 * store stays open and locked meanwhile, untouched, and the sample folder is deleted when she
 * goes back (or the app closes).
 */
export async function createBackendWithSample(
  options: Omit<BackendOptions, 'sample' | 'isSample'>,
): Promise<Backend> {
  const events = new EventHub();
  let sample: { backend: Backend; dir: string } | null = null;
  let switching: Promise<AppStatus> | null = null;
  const active = () => sample?.backend ?? real;
  const everythingChanged = () => events.emit('store:changed', { revision: 0, changes: [], reset: true });

  const open = async (): Promise<AppStatus> => {
    if (sample) return sample.backend.status();
    const dir = await mkdtemp(join(tmpdir(), 'twinning-desk-sample-'));
    try {
      const backend = await createBackend({ ...options, dataDir: dir, sample: hooks, isSample: true });
      try {
        await seedSample((channel, input) => backend.dispatch(channel, input));
      } catch (error) {
        await backend.close();
        throw error;
      }
      backend.events.subscribe((event, payload) => {
        if (sample?.backend === backend) events.emit(event, payload);
      });
      sample = { backend, dir };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    everythingChanged();
    return sample.backend.status();
  };

  const close = async (): Promise<AppStatus> => {
    const visit = sample;
    if (!visit) return real.status();
    sample = null;
    everythingChanged();
    await visit.backend.close();
    await rm(visit.dir, { recursive: true, force: true });
    return real.status();
  };

  /** One switch at a time: a second click while the sample is being written waits for it. */
  const serial = (step: () => Promise<AppStatus>) => () => {
    const next = (switching ?? Promise.resolve(null)).catch(() => null).then(step);
    switching = next;
    return next;
  };
  const hooks: SampleHooks = { explore: serial(open), leave: serial(close) };
  const real = await createBackend({ ...options, sample: hooks });
  real.events.subscribe((event, payload) => {
    if (!sample) events.emit(event, payload);
  });

  return {
    dispatch: (channel, input) => active().dispatch(channel, input),
    events,
    status: () => active().status(),
    async close() {
      await hooks.leave().catch(() => undefined);
      await real.close();
    },
  };
}
