import { createHash } from 'node:crypto';
import type { Member } from '../../../shared/domain/committee';

/** The body of crash-test state `seq`: members whose names carry random text. */
export function bodyOf(seq: number, count: number, noise: () => string): Member[] {
  const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, seq % 60)).toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: `m${seq}-${i}`,
    name: noise().slice(0, 100),
    role: 'member' as const,
    email: '',
    phone: '',
    termStart: null,
    termEnd: null,
    createdAt: stamp,
    updatedAt: stamp,
  }));
}

export function checksum(members: readonly Member[]): string {
  return createHash('sha256').update(JSON.stringify(members)).digest('hex');
}
