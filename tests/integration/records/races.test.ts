import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { checkAll } from '../../../electron/core/store/invariants';
import { openStore } from '../../../electron/core/store/openStore';
import type { EventPayload } from '../../../shared/ipc/events';
import {
  call,
  manualTimers,
  must,
  openBackend as openWithLog,
  quietLog,
  removeDir,
  tempDataDir,
} from '../helpers/backend';

// Periodic backups are held back: one folds the journal into store.json in the background, while
// these tests read the folder as a restart would (sweeping its temp files).
const openBackend = (dir: string, log: ReturnType<typeof quietLog>) =>
  openWithLog(dir, log, { timers: manualTimers().timers });
import { candidate, failNextAppend, linkDraft, memberDraft } from './recordFixtures';

/** What a restart would find on disk: the snapshot with the journal replayed. */
async function onDisk(dir: string) {
  const opened = await openStore(dir, () => new Date(), { readOnly: true });
  if (opened.kind !== 'ready') throw new Error(opened.problem.detail);
  return opened.data;
}

describe('the races the review found, from the secretary’s side', () => {
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

  it('makes one charter when two saves of a new charter overlap (the editor saving while she clicks Save)', async () => {
    const link = await must(backend, 'partnership:save', linkDraft('Ornans'));
    const { proposal } = await must(backend, 'agreement:get', { partnershipId: link.id });
    const [a, b] = await Promise.all([
      must(backend, 'agreement:save', { partnershipId: link.id, content: proposal }),
      must(backend, 'agreement:save', { partnershipId: link.id, content: { ...proposal, paper: 'LETTER' } }),
    ]);
    expect(a.id).toBe(b.id);
    const stored = await onDisk(dir);
    expect(stored.agreements).toHaveLength(1);
    expect(stored.agreements[0]?.draft.paper).toBe('LETTER');
  });

  it('makes one partnership when "make it a partnership" is retried after a failed save', async () => {
    const entry = await must(backend, 'shortlist:save', candidate('Landshut'));
    const undo = failNextAppend(dir);
    const failed = await call(backend, 'shortlist:createPartnership', { id: entry.id, kind: 'partnership' });
    undo();
    expect(failed).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    // Nothing half-done: no link, the candidate not marked.
    expect(await must(backend, 'partnership:list', {})).toEqual([]);
    expect((await must(backend, 'shortlist:list', {}))[0]).toMatchObject({
      status: 'considering',
      partnershipId: null,
    });

    const retried = await must(backend, 'shortlist:createPartnership', { id: entry.id, kind: 'partnership' });
    const again = await call(backend, 'shortlist:createPartnership', { id: entry.id, kind: 'partnership' });
    expect(again).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const links = await must(backend, 'partnership:list', {});
    expect(links.map((l) => l.id)).toEqual([retried.partnershipId]);
    expect((await onDisk(dir)).partnerships).toHaveLength(1);
  });

  it('keeps both of two quick settings changes (the language, then the dormancy threshold)', async () => {
    await Promise.all([
      must(backend, 'settings:save', { locale: 'fr' }),
      must(backend, 'settings:save', { dormantAfterMonths: 6 }),
    ]);
    expect(await must(backend, 'settings:get', {})).toEqual({ locale: 'fr', dormantAfterMonths: 6 });
    await backend.close();
    backend = await openBackend(dir, log);
    expect(await must(backend, 'settings:get', {})).toEqual({ locale: 'fr', dormantAfterMonths: 6 });
  });

  it('refuses an edit based on a version changed meanwhile with CONFLICT, and changes nothing', async () => {
    const first = await must(backend, 'partnership:save', linkDraft('Ornans', 'first'));
    const townId = first.partners[0]!.id;
    const edit = (notes: string, rev: number) =>
      call(backend, 'partnership:save', {
        ...linkDraft('Ornans'),
        id: first.id,
        rev,
        partners: [{ id: townId, place: first.partners[0]!.place, languages: ['fr'], contacts: [] }],
        resolutions: [
          { id: first.resolutions[0]!.id, council: townId, number: '1/2025', date: '2025-01-10' },
        ],
        notes,
      });
    // Another tab saved first...
    expect(await edit('from the other tab', first.rev)).toMatchObject({
      ok: true,
      data: { rev: first.rev + 1 },
    });
    // ...so this window's edit, based on the version it loaded, is refused.
    expect(await edit('from this window', first.rev)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await must(backend, 'partnership:get', { id: first.id })).notes).toBe('from the other tab');

    const member = await must(backend, 'member:save', memberDraft('Ana'));
    await must(backend, 'member:save', { ...memberDraft('Ana Popescu'), id: member.id, rev: member.rev });
    const stale = await call(backend, 'member:save', {
      ...memberDraft('Ana P.'),
      id: member.id,
      rev: member.rev,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await must(backend, 'committee:get', {})).members.map((m) => m.name)).toEqual(['Ana Popescu']);
  });

  it('deletes a partnership with its charter, and its candidate is no longer marked chosen', async () => {
    const entry = await must(backend, 'shortlist:save', candidate('Landshut'));
    const { partnershipId } = await must(backend, 'shortlist:createPartnership', {
      id: entry.id,
      kind: 'partnership',
    });
    const { proposal } = await must(backend, 'agreement:get', { partnershipId });
    await must(backend, 'agreement:save', { partnershipId, content: proposal });
    await must(backend, 'partnership:delete', { id: partnershipId });
    const stored = await onDisk(dir);
    expect(stored.agreements).toEqual([]);
    expect(stored.shortlist[0]).toMatchObject({ status: 'considering', partnershipId: null });
    expect(checkAll(stored)).toEqual([]);
    // The deletions are remembered without their content.
    expect(stored.tombstones.map((t) => Object.keys(t).sort())).toEqual([
      ['collection', 'deletedAt', 'id', 'rev'],
      ['collection', 'deletedAt', 'id', 'rev'],
    ]);
  });

  it('refuses ids the client makes up for new items, and gives new items ids of the core', async () => {
    const other = await must(backend, 'partnership:save', linkDraft('Ornans'));
    const borrowed = other.partners[0]!.id;
    const draft = linkDraft('Besançon');
    const result = await call(backend, 'partnership:save', {
      ...draft,
      partners: [{ id: borrowed, place: draft.partners[0]!.place, languages: [], contacts: [] }],
      resolutions: [],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ code: 'unknown_id' }] },
    });
    const made = await must(backend, 'partnership:save', linkDraft('Besançon'));
    expect(made.partners[0]!.id).not.toBe('town');
    expect(made.resolutions[0]!.council).toBe(made.partners[0]!.id);
  });

  it('announces each change with the records it touched, and only those', async () => {
    const seen: EventPayload<'store:changed'>[] = [];
    const stop = backend.events.subscribe((event, payload) => {
      if (event === 'store:changed') seen.push(payload as EventPayload<'store:changed'>);
    });
    const link = await must(backend, 'partnership:save', linkDraft('Ornans'));
    await must(backend, 'settings:save', { locale: 'ro' });
    stop();
    expect(seen.map((e) => e.changes)).toEqual([
      [{ collection: 'partnerships', id: link.id, rev: 1, op: 'put' }],
      [{ collection: 'settings', id: 'settings', rev: 2, op: 'put' }],
    ]);
    expect(seen.every((e) => !e.reset)).toBe(true);
    expect(seen[1]!.revision).toBe(seen[0]!.revision + 1);
  });
});
