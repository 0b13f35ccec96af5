import { describe, expect, it } from 'vitest';
import { recordSigning, signedSigning } from '../../../../../shared/domain/agreement/signedRecord';
import { Partnership } from '../../../../../shared/domain/partnership';
import { seedContent } from '../../../../../shared/domain/agreement/seed';

let n = 0;
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
    );
    expect(partnership.signings).toHaveLength(1);
    expect(partnership.resolutions.map((r) => [r.council, r.number])).toEqual([
      ['home', '2026-041'],
      ['t1', 'GR 17/2026'],
    ]);
    expect(added).toEqual({ signings: 0, resolutions: 1, activeSince: '2026-05-09' });
  });

  it('never dates Active before the last change, and leaves a link that cannot become active as it is', () => {
    const charter = printableCharter();
    const signed = { ceremonies: [{ date: '2025-12-01', place: 'Vienne' }] };
    expect(recordSigning(link(), charter, signed, newId).added.activeSince).toBeNull();
    const prospect = link({
      status: 'prospect',
      statusHistory: [{ status: 'prospect', date: '2020-01-01', note: '' }],
    });
    const kept = recordSigning(prospect, charter, signed, newId);
    expect(kept.partnership.status).toBe('prospect');
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
