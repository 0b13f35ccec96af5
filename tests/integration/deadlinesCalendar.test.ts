import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { parseIcs } from '../unit/core/parseIcs';
import { callError, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { europeDays } from './helpers/planning';

const application = (deadline: Input<'funding:saveApplication'>['deadline']) => europeDays({ deadline });

describe('funding deadlines in the committee calendar, through dispatch', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('exports the internal deadline as a whole day and the funder’s 17:00 Brussels as 15:00 UTC, in the UI language', async () => {
    const app = await must(
      backend,
      'funding:saveApplication',
      application({ date: '2026-09-23', time: '17:00', timeZone: 'Europe/Brussels' }),
    );
    const file = await must(backend, 'team:exportIcs', { language: 'ro' });
    const { events } = parseIcs(new TextDecoder().decode(file.bytes));
    const ours = events.filter((e) => e.UID?.[0]?.value.includes(app.id));
    expect(ours.map((e) => e.SUMMARY?.[0]?.value)).toEqual([
      'Termen intern: Europe Days 2026',
      'Termenul finanțatorului: Europe Days 2026 (17:00 Europe/Brussels)',
    ]);
    expect(ours[0]?.DTSTART?.[0]).toEqual({ params: 'VALUE=DATE', value: '20260909' });
    expect(ours[1]?.DTSTART?.[0]?.value).toBe('20260923T150000Z');
    expect(ours.every((e) => e.CATEGORIES?.[0]?.value === 'Finanțare')).toBe(true);
  });

  it('leaves out the deadlines of an application already submitted', async () => {
    const app = await must(
      backend,
      'funding:saveApplication',
      application({ date: '2026-09-23', time: '17:00', timeZone: 'Europe/Brussels' }),
    );
    await must(backend, 'funding:setApplicationStatus', {
      id: app.id,
      status: 'drafting',
      date: '2026-05-09',
      note: '',
    });
    await must(backend, 'funding:setApplicationStatus', {
      id: app.id,
      status: 'submitted',
      date: '2026-05-09',
      note: '',
    });
    const file = await must(backend, 'team:exportIcs', { language: 'en' });
    expect(new TextDecoder().decode(file.bytes)).not.toContain('deadline-');
  });

  it('refuses a time zone it does not know, at the field, and saves nothing', async () => {
    const error = await callError(
      backend,
      'funding:saveApplication',
      application({ date: '2026-09-23', time: '17:00', timeZone: 'Brussels time' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: ['deadline', 'timeZone'], code: 'unknown_time_zone' }),
    );
    expect(await must(backend, 'funding:applications', {})).toEqual([]);
  });
});
