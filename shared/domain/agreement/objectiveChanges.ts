import type { AgreementVersion, CharterObjective } from './model';

export interface ObjectiveChanges {
  /** The kept version compared with. */
  version: number;
  added: number;
  removed: number;
  changed: number;
}

const key = (o: CharterObjective, languages: readonly string[]) =>
  JSON.stringify([o.statement.trim(), ...languages.map((l) => o.texts[l]?.trim() ?? '')]);

/**
 * How the objectives the draft follows differ from those the latest kept version holds,
 * in the charter's languages; null when they are the same or nothing is kept yet.
 */
export function objectiveChanges(
  current: readonly CharterObjective[],
  versions: readonly AgreementVersion[],
  languages: readonly string[],
): ObjectiveChanges | null {
  const last = versions.at(-1);
  if (!last) return null;
  const kept = new Map(last.content.objectives.map((o) => [o.id, o]));
  const now = new Map(current.map((o) => [o.id, o]));
  let changed = 0;
  for (const [id, o] of now) {
    const before = kept.get(id);
    if (before && key(before, languages) !== key(o, languages)) changed++;
  }
  const added = [...now.keys()].filter((id) => !kept.has(id)).length;
  const removed = [...kept.keys()].filter((id) => !now.has(id)).length;
  return added + removed + changed === 0 ? null : { version: last.number, added, removed, changed };
}
