import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/core/backend';
import { encodeEntry, JOURNAL_FILE, type JournalEntry } from '../../../electron/core/store/journal';
import { emptyStore } from '../../../electron/core/store/schema';
import { must, openBackendWith, removeDir, tempDataDir } from '../helpers/backend';

const stamp = '2026-02-01T10:00:00.000Z';
/** The journal entry that adds member `name` as store revision `revision`. */
function addMember(revision: number, name: string): JournalEntry {
  const member = {
    id: `m-${revision}`,
    rev: 1,
    updatedAt: stamp,
    name,
    role: 'member',
    email: '',
    phone: '',
    termStart: null,
    termEnd: null,
    createdAt: stamp,
  };
  return { revision, at: stamp, ops: [{ op: 'put', c: 'members', r: member }] };
}

let dir: string;
let backend: Backend | null;
beforeEach(async () => {
  dir = await tempDataDir('twinning-journal-');
  backend = null;
  await writeFile(join(dir, 'store.json'), JSON.stringify({ ...emptyStore(), revision: 10 }));
});
afterEach(async () => {
  await backend?.close();
  await removeDir(dir);
});

const writeJournal = (text: string | Buffer) => writeFile(join(dir, JOURNAL_FILE), text);
const names = async (b: Backend) => (await must(b, 'committee:get', {})).members.map((m) => m.name);

describe('opening with a change journal', () => {
  it('replays every entry the snapshot lacks, and skips those it already holds', async () => {
    // Entries 9 and 10 were folded into store.json before a crash kept them from being cut.
    const lines = [addMember(9, 'Old'), addMember(10, 'Older'), addMember(11, 'Ana'), addMember(12, 'Ion')];
    await writeJournal(lines.map(encodeEntry).join(''));
    backend = await openBackendWith(dir);
    expect(await names(backend)).toEqual(['Ana', 'Ion']);
  });

  it('drops a torn last entry (a crash mid-append, never acknowledged) and goes on appending after the good ones', async () => {
    const torn = encodeEntry(addMember(12, 'Half written')).slice(0, 40);
    await writeJournal(encodeEntry(addMember(11, 'Ana')) + torn);
    backend = await openBackendWith(dir);
    expect((await must(backend, 'app:status', {})).state).toBe('ready');
    expect(await names(backend)).toEqual(['Ana']);
    await must(backend, 'member:save', {
      name: 'Ion',
      role: 'member',
      email: '',
      phone: '',
      termStart: null,
      termEnd: null,
    });
    await backend.close();
    backend = await openBackendWith(dir);
    expect(await names(backend)).toEqual(['Ana', 'Ion']);
  });

  it.each([
    ['a flipped byte', (line: string) => line.replace('"Ion"', '"Iom"')],
    ['a line of zeros', (line: string) => '\u0000'.repeat(line.length - 1) + '\n'],
    ['a revision out of order', () => encodeEntry(addMember(14, 'Ion'))],
  ])(
    'never skips past %s in the middle: keeps what precedes it, sets the journal aside and explains',
    async (_name, damage) => {
      const lines = [addMember(11, 'Ana'), addMember(12, 'Ion'), addMember(13, 'Maria')].map(encodeEntry);
      const text = [lines[0], damage(lines[1]!), lines[2]].join('');
      await writeJournal(text);
      backend = await openBackendWith(dir);
      const status = await must(backend, 'app:status', {});
      expect(status.state).toBe('recovery');
      expect(status.problem).toMatchObject({ code: 'JOURNAL_DAMAGED' });
      expect(status.problem?.detail).toMatch(/revision 11/);
      // Nothing is lost: the journal is kept byte for byte where the screen says.
      const movedTo = status.problem?.movedTo as string;
      expect(await readFile(movedTo, 'utf8')).toBe(text);
      expect(await readdir(dir)).not.toContain(JOURNAL_FILE);

      // Going on opens the changes saved before the damage.
      const after = await must(backend, 'store:startEmpty', {});
      expect(after.state).toBe('ready');
      expect(await names(backend)).toEqual(['Ana']);
      await backend.close();
      backend = await openBackendWith(dir);
      expect(await names(backend)).toEqual(['Ana']);
    },
  );
});
