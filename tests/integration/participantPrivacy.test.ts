import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { participant } from '../unit/shared/domain/activities/fixtures';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

// The helper's clock starts on 2026-05-09; the camp ended on 3 January 2026.
const link: Input<'partnership:save'> = {
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
      languages: ['de'],
      contacts: [],
    },
  ],
  signings: [],
  resolutions: [],
  languages: [],
  themes: [],
  notes: '',
};

const camp = (partnershipId: string): Input<'activities:save'> => ({
  title: 'Winter camp',
  kind: 'youthExchange',
  partnershipIds: [partnershipId],
  host: null,
  venue: { name: '', address: '' },
  startDate: '2026-01-01',
  endDate: '2026-01-03',
  programme: [],
  languages: [],
  themes: [],
  organisationIds: [],
  notes: '',
});

const sensitiveGuest = (activityId: string) => {
  const { id: _id, ...fields } = participant({
    activityId,
    name: 'Lena Brandtner',
    email: 'lena@example.de',
    birthYear: 2011,
    dietNeeds: ['vegetarian'],
    accessNeeds: 'Uses a wheelchair',
    emergencyContact: { name: 'Petra Brandtner', phone: '+49 871 123' },
  });
  return fields;
};

describe('participants on the Personal data screen', () => {
  let dir: string;
  let backend: Backend;
  let activityId: string;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
    const p = await must(backend, 'partnership:save', link);
    activityId = (await must(backend, 'activities:save', camp(p.id))).id;
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('finds a participant by name, exports them with their sensitive data, and erases them', async () => {
    const lena = await must(backend, 'participants:save', { draft: sensitiveGuest(activityId) });
    const found = await must(backend, 'person:find', { text: 'brandtner' });
    expect(found).toEqual([
      {
        collection: 'activities.participants',
        id: lena.id,
        name: 'Lena Brandtner',
        email: 'lena@example.de',
        context: 'Winter camp (2026-01-01)',
      },
    ]);
    const refs = [{ collection: 'activities.participants', id: lena.id }];
    const exported = await must(backend, 'person:export', { refs });
    expect(exported.records[0]?.record).toMatchObject({
      dietNeeds: ['vegetarian'],
      accessNeeds: 'Uses a wheelchair',
      emergencyContact: { name: 'Petra Brandtner' },
    });
    const report = await must(backend, 'person:erase', { refs });
    expect(report.erasedRecords).toBe(1);
    expect(await must(backend, 'participants:list', { activityId })).toEqual([]);
    expect(await must(backend, 'person:find', { text: 'brandtner' })).toEqual([]);
  });

  it('offers the sensitive data for deletion once the kept months are over, and the counts stay', async () => {
    await must(backend, 'participants:save', { draft: sensitiveGuest(activityId) });
    expect(await must(backend, 'participants:sensitiveDue', { keepMonths: 6 })).toEqual([]);
    const refused = await callError(backend, 'participants:eraseSensitive', { activityId, keepMonths: 6 });
    expect(refused.code).toBe('VALIDATION');

    const due = await must(backend, 'participants:sensitiveDue', { keepMonths: 3 });
    expect(due).toEqual([
      { activityId, title: 'Winter camp', endDate: '2026-01-03', dueSince: '2026-04-03', participants: 1 },
    ]);
    const before = await must(backend, 'participants:counts', { activityId });
    expect(await must(backend, 'participants:eraseSensitive', { activityId, keepMonths: 3 })).toEqual({
      erased: 1,
    });
    const [lena] = await must(backend, 'participants:list', { activityId });
    expect(lena).toMatchObject({
      name: 'Lena Brandtner',
      dietNeeds: [],
      accessNeeds: '',
      emergencyContact: null,
    });
    const after = await must(backend, 'participants:counts', { activityId });
    expect({ ...after, holdingSensitive: 1 }).toEqual(before);
    expect(after.holdingSensitive).toBe(0);
    expect(await must(backend, 'participants:sensitiveDue', { keepMonths: 3 })).toEqual([]);
  });
});
