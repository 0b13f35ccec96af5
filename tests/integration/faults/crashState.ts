import { createHash } from 'node:crypto';

/** The member names of crash-test state `seq`: random text, a fixed number of them. */
export function namesOf(count: number, noise: () => string): string[] {
  return Array.from({ length: count }, () => noise().slice(0, 100));
}

export function checksum(names: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(names)).digest('hex');
}

export const MEMBERS_PER_STATE = 12;
