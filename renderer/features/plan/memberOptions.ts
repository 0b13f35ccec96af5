import type { Member } from '../../../shared/domain/committee';

/** Members who can be given something today, plus the one who already has it. */
export function ownerOptions(members: readonly Member[], today: string, current: string | null) {
  return members
    .filter((m) => m.id === current || m.termEnd === null || m.termEnd >= today)
    .map((m) => ({ value: m.id, label: m.name }));
}

export const memberName = (members: readonly Member[], id: string | null, former = ''): string =>
  (id !== null ? members.find((m) => m.id === id)?.name : undefined) ?? former;

export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** One empty list, so a store selector never returns a new array (which would re-render for ever). */
export const NO_MEMBERS: readonly Member[] = [];
