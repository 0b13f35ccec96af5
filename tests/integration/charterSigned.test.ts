import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import type { Input } from '../../shared/ipc/contract';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { parsePdf } from './helpers/pdf';

const partnership = (): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: 'ornans',
      place: {
        name: 'Ornans',
        country: 'FR',
        region: 'Doubs',
        population: 4300,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['fr'],
      contacts: [],
    },
  ],
  status: 'negotiating',
  statusSince: '2024-06-01',
  signings: [],
  resolutions: [{ council: 'home', number: '112', date: '2024-09-26' }],
  languages: ['ro', 'fr'],
  themes: ['culture'],
  notes: '',
});

describe('marking a charter signed', () => {
  let dir: string;
  let backend: Backend;
  let partnershipId: string;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
    await must(backend, 'municipality:save', {
      name: 'Buziaș',
      country: 'RO',
      region: 'Timiș',
      population: 7000,
      languages: ['ro'],
      coordinates: null,
    });
    const p = await must(backend, 'partnership:save', partnership());
    partnershipId = p.id;
    const { proposal } = await must(backend, 'agreement:get', { partnershipId });
    const [a, b] = proposal.parties;
    await must(backend, 'agreement:save', {
      partnershipId,
      content: {
        ...proposal,
        parties: [
          {
            ...a,
            signatories: [
              { ...a.signatories[0]!, name: 'Ștefan Țurcanu', office: { ro: 'primar', fr: 'maire' } },
            ],
          },
          {
            ...b,
            signatories: [
              { ...b.signatories[0]!, name: 'Hélène Fournier', office: { ro: 'primar', fr: 'maire' } },
            ],
            resolution: { number: '2024-47', date: '2024-10-03' },
          },
        ],
      },
    });
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('asks when and where: without the day of signing nothing is kept', async () => {
    const missing = await call(backend, 'agreement:setStatus', { partnershipId, status: 'signed' });
    expect(!missing.ok && missing.error.code).toBe('VALIDATION');
    expect(!missing.ok && missing.error.issues?.[0]?.path).toEqual(['signed', 'ceremonies', 0, 'date']);
    const future = await call(backend, 'agreement:setStatus', {
      partnershipId,
      status: 'signed',
      signed: { ceremonies: [{ date: '2099-05-09', place: 'Buziaș' }] },
    });
    expect(!future.ok && future.error.issues?.[0]?.code).toBe('date_in_future');
    const view = await must(backend, 'agreement:get', { partnershipId });
    expect(view.agreement?.versions).toEqual([]);
  });

  it('records each ceremony and both councils’ resolutions on the partnership, which is active from the day of signing', async () => {
    const { agreement, recorded } = await must(backend, 'agreement:setStatus', {
      partnershipId,
      status: 'signed',
      signed: {
        ceremonies: [
          { date: '2025-05-09', place: 'Buziaș' },
          { date: '2025-06-14', place: 'Ornans' },
        ],
      },
    });
    expect(recorded).toEqual({ signings: 2, resolutions: 1, activeSince: '2025-06-14' });
    expect(agreement.versions.at(-1)?.content.signing).toMatchObject({
      separate: true,
      ceremonies: [
        { date: '2025-05-09', place: 'Buziaș' },
        { date: '2025-06-14', place: 'Ornans' },
      ],
    });
    const p = await must(backend, 'partnership:get', { id: partnershipId });
    expect(p.signings.map((s) => [s.date, s.place])).toEqual([
      ['2025-05-09', 'Buziaș'],
      ['2025-06-14', 'Ornans'],
    ]);
    const ornans = p.partners[0]!.id;
    expect(p.resolutions.map((r) => [r.council, r.number, r.date])).toEqual([
      ['home', '112', '2024-09-26'],
      [ornans, '2024-47', '2024-10-03'],
    ]);
    expect(p.status).toBe('active');
    expect(p.statusHistory.at(-1)).toMatchObject({ status: 'active', date: '2025-06-14' });

    // The registry's Signed column reads the same first signing.
    const table = await must(backend, 'partnership:list', {});
    expect(JSON.stringify(table)).toContain('2025-05-09');

    // The kept version prints the day it was signed, not the day it was marked.
    const pdf = await must(backend, 'document:render', {
      kind: 'agreement',
      params: { partnershipId, version: agreement.versions.at(-1)!.number },
    });
    const text = (await parsePdf(pdf.bytes)).text.join(' ');
    expect(text).toContain('Ornans');
    expect(text).toMatch(/14[./ ]0?6[./ ]2025|14 iunie 2025|14 juin 2025/);
  });
  it('makes a link typed in today active from the day its charter was signed, keeping the day it was typed in', async () => {
    // The secretary types the link in today as "negotiating", without a day, then marks the 2025 charter signed.
    const typedIn = await must(backend, 'partnership:save', {
      ...partnership(),
      partners: [
        { ...partnership().partners[0]!, place: { ...partnership().partners[0]!.place, name: 'Vesoul' } },
      ],
      statusSince: undefined,
      resolutions: [],
    });
    expect(typedIn.statusHistory).toEqual([
      { status: 'negotiating', date: '2026-05-09', note: '', entered: true },
    ]);
    const { proposal } = await must(backend, 'agreement:get', { partnershipId: typedIn.id });
    await must(backend, 'agreement:save', { partnershipId: typedIn.id, content: proposal });
    const { recorded } = await must(backend, 'agreement:setStatus', {
      partnershipId: typedIn.id,
      status: 'signed',
      signed: { ceremonies: [{ date: '2025-06-14', place: 'Vesoul' }] },
    });
    expect(recorded?.activeSince).toBe('2025-06-14');
    const p = await must(backend, 'partnership:get', { id: typedIn.id });
    expect(p.status).toBe('active');
    expect(p.statusHistory).toEqual([
      {
        status: 'negotiating',
        date: '2025-06-14',
        note: '',
        corrections: [{ at: expect.any(String), by: '', date: '2026-05-09', note: '' }],
      },
      { status: 'active', date: '2025-06-14', note: '' },
    ]);
    // The registry's list says the same, and a later change can still be recorded after it.
    const row = (await must(backend, 'partnership:list', {})).find((r) => r.id === typedIn.id);
    expect(row).toMatchObject({ status: 'active' });
    const dormant = await must(backend, 'partnership:setStatus', {
      id: typedIn.id,
      status: 'dormant',
      date: '2026-01-10',
      note: '',
    });
    expect(dormant.status).toBe('dormant');
  });

  it('keeps a link that ended after the signing ended, with Active from the signing before it', async () => {
    await must(backend, 'partnership:setStatus', {
      id: partnershipId,
      status: 'ended',
      date: '2026-02-01',
      note: 'The council withdrew',
    });
    const { recorded } = await must(backend, 'agreement:setStatus', {
      partnershipId,
      status: 'signed',
      signed: { ceremonies: [{ date: '2025-06-14', place: 'Buziaș' }] },
    });
    // Nothing announces "Active since" of a link that is not active now.
    expect(recorded?.activeSince).toBeNull();
    const p = await must(backend, 'partnership:get', { id: partnershipId });
    expect(p.status).toBe('ended');
    expect(p.statusHistory.map((h) => [h.status, h.date])).toEqual([
      ['negotiating', '2024-06-01'],
      ['active', '2025-06-14'],
      ['ended', '2026-02-01'],
    ]);
  });
});
