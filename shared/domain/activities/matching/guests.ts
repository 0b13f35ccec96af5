import type { Participant } from '../participant';

/** Who the matching is for: invited guests still coming who asked to stay with a family. */
export function guestsNeedingHost<T extends Pick<Participant, 'origin' | 'needsHost' | 'registration'>>(
  participants: readonly T[],
): T[] {
  return participants.filter((p) => p.origin === 'invited' && p.needsHost && p.registration !== 'cancelled');
}
