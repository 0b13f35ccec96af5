import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../../../electron/core/backend';
import type { Participant } from '../../../shared/domain/activities/participant';
import type { Input } from '../../../shared/ipc/contract';
import { participant } from '../../unit/shared/domain/activities/fixtures';
import { must, openBackend, type quietLog } from './backend';

/** A link with one partner town, enough for an activity to belong to. */
export const landshut: Input<'partnership:save'> = {
  kind: 'partnership',
  partners: [
    {
      key: 'landshut',
      place: {
        name: 'Landshut',
        country: 'DE',
        region: '',
        population: 73_411,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: [],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: [],
  themes: [],
  notes: '',
};

export const exchange = (partnershipId: string): Input<'activities:save'> => ({
  title: 'Youth exchange in Sibiu',
  kind: 'youthExchange',
  partnershipIds: [partnershipId],
  host: 'home',
  venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10' },
  startDate: '2026-06-10',
  endDate: '2026-06-13',
  programme: [],
  languages: ['ro', 'de'],
  themes: [],
  organisationIds: [],
  notes: '',
});

export const family = (name: string, over: Partial<Input<'households:save'>['draft']> = {}) => ({
  draft: {
    name,
    contactName: `${name} contact`,
    email: '',
    phone: '+40 722 000 111',
    address: 'Str. Cetății 4',
    town: 'Sibiu',
    languages: ['ro', 'de'],
    beds: 2,
    available: [{ from: '2026-06-01', to: '2026-06-30' }],
    pets: [],
    smoking: false,
    dietsOffered: [],
    stepFree: false,
    minorCheckDate: null,
    notes: '',
    ...over,
  },
});

/**
 * The participants register has its own channels on another branch; until then the guests
 * are written into the closed store's file, and the backend opened again on it.
 */
export async function withGuests(
  backend: Backend,
  dir: string,
  log: ReturnType<typeof quietLog>,
  activityId: string,
  guests: Partial<Participant>[],
): Promise<{ backend: Backend; ids: string[] }> {
  await backend.close();
  const file = join(dir, 'store.json');
  const db = JSON.parse(await readFile(file, 'utf8')) as { participants: unknown[] };
  const added = guests.map((g, i) => ({
    ...participant({ id: `guest-${i}`, activityId, name: `Guest ${i}`, ...g }),
    rev: 1,
    updatedAt: '2026-05-09T10:00:00.000Z',
  }));
  db.participants = [...db.participants, ...added];
  await writeFile(file, JSON.stringify(db));
  return { backend: await openBackend(dir, log), ids: added.map((g) => g.id) };
}

/** A partnership, an activity in June 2026 and the given guests. */
export async function seedExchange(
  backend: Backend,
  dir: string,
  log: ReturnType<typeof quietLog>,
  guests: Partial<Participant>[],
) {
  const p = await must(backend, 'partnership:save', landshut);
  const a = await must(backend, 'activities:save', exchange(p.id));
  const seeded = await withGuests(backend, dir, log, a.id, guests);
  return { ...seeded, activityId: a.id };
}
