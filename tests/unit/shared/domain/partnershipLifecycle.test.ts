import { describe, expect, it } from 'vitest';
import {
  addMonths,
  canTransition,
  isDormant,
  lastActivityDate,
} from '../../../../shared/domain/partnershipLifecycle';
import { link } from './partnershipFixture';

describe('status transitions', () => {
  it('lets a prospect move on to exploratory contacts', () => {
    expect(canTransition('prospect', 'exploring')).toBe(true);
  });

  it('does not let a prospect become active without negotiation', () => {
    expect(canTransition('prospect', 'active')).toBe(false);
  });

  it('lets a dormant link revive or end', () => {
    expect(canTransition('dormant', 'active')).toBe(true);
    expect(canTransition('dormant', 'ended')).toBe(true);
  });

  it('does not let a link that never was active fall dormant', () => {
    expect(canTransition('negotiating', 'dormant')).toBe(false);
  });

  it('refuses a change to the same status, which would record nothing', () => {
    expect(canTransition('active', 'active')).toBe(false);
  });
});

describe('last activity', () => {
  it('takes the latest date among timeline, signings, resolutions and agreed objectives', () => {
    const p = link({
      timeline: [{ id: 'e', date: '2022-03-01', kind: 'visit', title: 'Visit', note: '' }],
      signings: [{ id: 's', date: '2021-05-05', place: 'Sibiu', note: '' }],
      objectives: [
        {
          id: 'o',
          statement: 'x',
          theme: 'youth',
          indicator: '',
          target: '',
          agreedOn: '2023-07-01',
          texts: {},
        },
      ],
    });
    expect(lastActivityDate(p)).toBe('2023-07-01');
  });

  it('does not count falling dormant as activity', () => {
    const p = link({
      status: 'dormant',
      statusHistory: [
        { status: 'active', date: '2019-01-01', note: '' },
        { status: 'dormant', date: '2024-01-01', note: '' },
      ],
    });
    expect(lastActivityDate(p)).toBe('2019-01-01');
  });
});

describe('dormancy', () => {
  const quiet = link({
    timeline: [{ id: 'e', date: '2024-01-15', kind: 'letter', title: 'Letter', note: '' }],
  });

  it('flags an active link with no activity for the whole threshold', () => {
    expect(isDormant(quiet, 24, '2026-01-15')).toBe(true);
  });

  it('does not flag a link one day before the threshold', () => {
    expect(isDormant(quiet, 24, '2026-01-14')).toBe(false);
  });

  it('does not warn about a link already marked dormant', () => {
    expect(isDormant({ ...quiet, status: 'dormant' }, 24, '2030-01-01')).toBe(false);
  });

  it('does not count typing a link in as activity: an imported link with nothing recorded is quiet at once', () => {
    const p = link({
      statusHistory: [{ status: 'active', date: '2026-05-01', note: '', entered: true }],
    });
    expect(lastActivityDate(p)).toBeNull();
    expect(isDormant(p, 24, '2026-05-02')).toBe(true);
  });

  it('counts a status change dated when it happened, even if it was typed in later', () => {
    const p = link({
      statusHistory: [{ status: 'active', date: '1999-05-10', note: '' }],
    });
    expect(lastActivityDate(p)).toBe('1999-05-10');
  });

  it('counts a signing known only by its year from the end of that year', () => {
    const p = link({
      statusHistory: [],
      signings: [{ id: 's', date: '2025', place: '', note: '' }],
    });
    expect(lastActivityDate(p)).toBe('2025-12-31');
  });

  it('adds months without spilling into the next month at month ends', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});
