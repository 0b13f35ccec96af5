import type { LockHolder } from '../../shared/domain/appStatus';

/** What the console says to do about a locked data folder, by how the lock is held. */
export function lockAdvice(lock: LockHolder | undefined, argv: string[]): string {
  const again = ['npm run web --', ...argv, '--take-over'].join(' ');
  if (!lock || lock.hold === 'held') {
    return 'Another Twinning Desk on this computer is using this folder. Close its window (or stop its browser mode), then start again.';
  }
  if (lock.hold === 'uncertain') {
    return `The lock may be left over from a crash (process ${lock.pid} now runs, but may be another program). If no other Twinning Desk is open on this computer, take the folder over:\n  ${again}`;
  }
  return `The folder is marked as in use by the computer ${lock.host}. If Twinning Desk is closed there (or it crashed), take the folder over:\n  ${again}\nIf it is still open there, do not: changes made in both places would be lost.`;
}
