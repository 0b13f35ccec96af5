// Bundled and run as a child process by crash.test.ts, which kills it with SIGKILL.
import { randomBytes } from 'node:crypto';
import { openStore } from '../../../electron/core/store/openStore';
import { Store } from '../../../electron/core/store/store';
import type { StoreData } from '../../../electron/core/store/schema';
import { bodyOf, checksum } from './crashState';

async function main(dataDir: string): Promise<void> {
  const opened = await openStore(dataDir, () => new Date());
  if (opened.kind !== 'ready') {
    process.stdout.write(`problem ${opened.problem.code}\n`);
    process.exit(2);
  }
  const store = new Store({ path: opened.path, data: opened.data, readOnly: false });
  let seq = Number(opened.data.committee.committee?.name.replace('state ', '') ?? 0);
  process.stdout.write(`ready ${seq}\n`);
  for (;;) {
    seq += 1;
    const members = bodyOf(seq, 1 + (randomBytes(1)[0] ?? 0), () => randomBytes(50).toString('hex'));
    const next = (db: Readonly<StoreData>): StoreData => ({
      ...db,
      committee: {
        ...db.committee,
        members,
        committee: {
          name: `state ${seq}`,
          legalForm: 'association',
          address: '',
          email: '',
          registrationNumber: checksum(members),
        },
      },
    });
    await store.update(next);
    // Pipes are written synchronously on Linux, so an acknowledged state reached the parent.
    process.stdout.write(`ack ${seq}\n`);
  }
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
