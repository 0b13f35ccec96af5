import { describe, expect, it } from 'vitest';
import {
  historyWithSigning,
  recordSigning,
  signedSigning,
} from '../../../../../shared/domain/agreement/signedRecord';
import { Partnership } from '../../../../../shared/domain/partnership';
import { seedContent } from '../../../../../shared/domain/agreement/seed';

let n = 0;
const AT = '2026-12-07T10:00:00.000Z';
const newId = () => `new-${++n}`;
/** Vienne and Esslingen, each council's resolution named on the charter. */
const printableCharter = () =>
  seedContent(
    {
      parties: [
        {
          name: 'Vienne',
          country: 'FR',
          region: 'Isère',
          languages: ['fr'],
          resolution: { number: '2026-041', date: '2026-03-12' },
          signatories: [{ name: 'Thierry Kovacs', office: 'Maire' }],
        },
        {
          name: 'Esslingen am Neckar',
          country: 'DE',
          region: 'Baden-Württemberg',
          languages: ['de'],
          resolution: { number: 'GR 17/2026', date: '2026-04-02' },
          signatories: [{ name: 'Matthias Klopfer', office: 'Oberbürgermeister' }],
        },
      ],
      objectives: [],
    },
    newId,
  );
const link = (over: Partial<Partnership> = {}): Partnership =>
  Partnership.parse({
    id: 'p1',
    rev: 1,
    kind: 'partnership',
    partners: [
      {
        id: 't1',
        place: {
          name: 'Esslingen am Neckar',
          country: 'DE',
          region: '',
          population: null,
          coordinates: null,
          geonameId: null,
          source: 'manual',
        },
        languages: ['de'],
        contacts: [],
      },
    ],
    status: 'negotiating',
    statusHistory: [{ status: 'negotiating', date: '2026-01-10', note: '' }],
    signings: [],
    resolutions: [],
    languages: ['fr', 'de'],
    themes: [],
    health: [],
    timeline: [],
    objectives: [],
    notes: '',
    createdAt: '2026-01-10T00:00:00.000Z',
    updatedAt: '2026-01-10T00:00:00.000Z',
    ...over,
  });

describe('what a signed charter records on its partnership', () => {
  it('adds nothing twice: a signing of the same day and place, a resolution already there', () => {
    const charter = printableCharter();
    const p = link({
      signings: [{ id: 's1', date: '2026-05-09', place: 'vienne', note: '' }],
      resolutions: [{ id: 'r1', council: 'home', number: '2026-041', date: '2026-03-12' }],
    });
    const { partnership, added } = recordSigning(
      p,
      charter,
      { ceremonies: [{ date: '2026-05-09', place: 'Vienne' }] },
      newId,
      AT,
    );
    expect(partnership.signings).toHaveLength(1);
    expect(partnership.resolutions.map((r) => [r.council, r.number])).toEqual([
      ['home', '2026-041'],
      ['t1', 'GR 17/2026'],
    ]);
    expect(added).toEqual({ signings: 0, resolutions: 1, activeSince: '2026-05-09' });
  });

  it('makes the link active from the day of signing, even when a later status was typed in', () => {
    const charter = printableCharter();
    const signed = { ceremonies: [{ date: '2025-12-01', place: 'Vienne' }] };
    // Negotiating since 10 January 2026, a day after the signing: the signing outranks it.
    const { partnership, added } = recordSigning(link(), charter, signed, newId, AT);
    expect(partnership.status).toBe('active');
    expect(added.activeSince).toBe('2025-12-01');
    expect(partnership.statusHistory).toEqual([
      {
        status: 'negotiating',
        date: '2025-12-01',
        note: '',
        corrections: [{ at: AT, by: '', date: '2026-01-10', note: '' }],
      },
      { status: 'active', date: '2025-12-01', note: '' },
    ]);
    // A prospect whose charter is signed is active too: the signing is the proof of the talks.
    const prospect = link({
      status: 'prospect',
      statusHistory: [{ status: 'prospect', date: '2020-01-01', note: '' }],
    });
    const kept = recordSigning(prospect, charter, signed, newId, AT);
    expect(kept.partnership.status).toBe('active');
    expect(kept.partnership.statusHistory.map((h) => [h.status, h.date])).toEqual([
      ['prospect', '2020-01-01'],
      ['active', '2025-12-01'],
    ]);
    expect(kept.added.signings).toBe(1);
  });

  it('puts the places and days into the kept text, forgetting a translated place whose place changed', () => {
    const charter = printableCharter();
    charter.signing.ceremonies[0] = {
      ...charter.signing.ceremonies[0],
      place: 'Vienne',
      places: { de: 'Vienne (Isère)' },
    };
    const signing = signedSigning(charter, {
      ceremonies: [
        { date: '2026-05-09', place: 'Vienne' },
        { date: '2026-06-14', place: 'Esslingen' },
      ],
    });
    expect(signing.separate).toBe(true);
    expect(signing.ceremonies[0]).toEqual({
      place: 'Vienne',
      date: '2026-05-09',
      places: { de: 'Vienne (Isère)' },
    });
    expect(signing.ceremonies[1]).toEqual({ place: 'Esslingen', date: '2026-06-14', places: {} });
  });
});

describe('the status history once a charter is signed', () => {
  const day = '2025-06-14';

  it('moves a day of entry after the signing onto it, no longer as a day of entry', () => {
    const { history, activeSince } = historyWithSigning(
      [{ status: 'negotiating', date: '2026-12-07', note: 'typed in', entered: true }],
      day,
      AT,
    );
    expect(activeSince).toBe(day);
    expect(history).toEqual([
      {
        status: 'negotiating',
        date: day,
        note: 'typed in',
        corrections: [{ at: AT, by: '', date: '2026-12-07', note: 'typed in' }],
      },
      { status: 'active', date: day, note: '' },
    ]);
  });

  it('keeps a later dormant or ended as the current status, with what follows it', () => {
    const history = [
      { status: 'negotiating' as const, date: '2024-06-01', note: '' },
      { status: 'exploring' as const, date: '2025-09-01', note: '' },
      { status: 'ended' as const, date: '2026-03-01', note: 'council withdrew' },
      { status: 'prospect' as const, date: '2026-10-01', note: '' },
    ];
    const result = historyWithSigning(history, day, AT);
    expect(result.activeSince).toBeNull();
    expect(result.history.map((h) => [h.status, h.date])).toEqual([
      ['negotiating', '2024-06-01'],
      ['exploring', day],
      ['active', day],
      ['ended', '2026-03-01'],
      ['prospect', '2026-10-01'],
    ]);
    expect(result.history.at(-1)?.status).toBe('prospect');
  });

  it('leaves a link already active on the day of signing as it is, and revives a dormant one', () => {
    const active = [
      { status: 'negotiating' as const, date: '2019-01-01', note: '' },
      { status: 'active' as const, date: '2020-05-01', note: '' },
      { status: 'dormant' as const, date: '2026-01-01', note: '' },
    ];
    expect(historyWithSigning(active, day, AT)).toEqual({ history: active, activeSince: null });
    const dormant = active.slice(0, 2).concat({ status: 'dormant', date: '2024-01-01', note: '' });
    const revived = historyWithSigning(dormant, day, AT);
    expect(revived.history.at(-1)).toEqual({ status: 'active', date: day, note: '' });
  });

  it('moves an Active typed in after the signing back to it instead of adding a second one', () => {
    const { history, activeSince } = historyWithSigning(
      [
        { status: 'negotiating', date: '2024-01-01', note: '' },
        { status: 'active', date: '2026-12-07', note: '', entered: true },
      ],
      day,
      AT,
    );
    expect(activeSince).toBe(day);
    expect(history.map((h) => [h.status, h.date, h.corrections?.[0]?.date])).toEqual([
      ['negotiating', '2024-01-01', undefined],
      ['active', day, '2026-12-07'],
    ]);
  });
});
