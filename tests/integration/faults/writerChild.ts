// Bundled and run as a child process by crash.test.ts, which kills it with SIGKILL.
// argv: data folder, then how many journal entries trigger a compaction.
import { randomBytes, randomUUID } from 'node:crypto';
import { openStore, writeFreshStore } from '../../../electron/core/store/openStore';
import { Store } from '../../../electron/core/store/store';
import { checksum, MEMBERS_PER_STATE, namesOf } from './crashState';

async function main(dataDir: string, compactEvery: number): Promise<void> {
  const opened = await openStore(dataDir, () => new Date());
  if (opened.kind !== 'ready') {
    process.stdout.write(`problem ${opened.problem.code}\n`);
    process.exit(2);
  }
  const store = new Store({
    path: opened.path,
    data: opened.data,
    readOnly: false,
    journal: opened.journal,
    openJournal: (data) => writeFreshStore(dataDir, data),
    now: () => new Date(),
    newId: randomUUID,
    compactAfter: { entries: compactEvery, bytes: 64 * 1024 * 1024 },
  });
  let seq = Number(opened.data.committeeInfo[0]?.name.replace('state ', '') ?? 0);
  process.stdout.write(`ready ${seq}\n`);
  for (;;) {
    seq += 1;
    const names = namesOf(MEMBERS_PER_STATE, () => randomBytes(50).toString('hex'));
    await store.transaction((tx) => {
      const members = tx.all('members');
      names.forEach((name, i) => {
        const fields = {
          name,
          role: 'member' as const,
          email: '',
          phone: '',
          termStart: null,
          termEnd: null,
        };
        const current = members[i];
        if (current) tx.put('members', { ...current, ...fields });
        else tx.insert('members', { ...fields, createdAt: tx.now.toISOString() });
      });
      tx.put('committeeInfo', {
        id: 'committee',
        name: `state ${seq}`,
        legalForm: 'association',
        address: '',
        email: '',
        registrationNumber: checksum(names),
      });
    });
    // Pipes are written synchronously on Linux, so an acknowledged state reached the parent.
    process.stdout.write(`ack ${seq}\n`);
  }
}

main(process.argv[2] ?? '', Number(process.argv[3] ?? 500)).catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
