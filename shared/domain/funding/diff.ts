import type { Programme } from './programme';

/** One difference between two versions of a programme: an item added, removed or a field changed. */
export interface ProgrammeChange {
  section: 'programme' | 'rules' | 'amounts' | 'deadlines' | 'documents';
  item: string | null;
  change: 'added' | 'removed' | 'changed';
  field: string | null;
  before: string | null;
  after: string | null;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function fields(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  push: (f: string, x: unknown, y: unknown) => void,
) {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'id') continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) push(key, a[key], b[key]);
  }
}

/** What changed from `before` to `after` (a call year copied and edited, or the shipped file against the edit). */
export function diffProgrammes(before: Programme, after: Programme): ProgrammeChange[] {
  const changes: ProgrammeChange[] = [];
  const { rules: r0, amounts: a0, deadlines: d0, documents: c0, ...head0 } = before;
  const { rules: r1, amounts: a1, deadlines: d1, documents: c1, ...head1 } = after;
  fields(head0, head1, (field, x, y) =>
    changes.push({
      section: 'programme',
      item: null,
      change: 'changed',
      field,
      before: show(x),
      after: show(y),
    }),
  );
  const lists = [
    ['rules', r0, r1],
    ['amounts', a0, a1],
    ['deadlines', d0, d1],
    ['documents', c0, c1],
  ] as const;
  for (const [section, xs, ys] of lists) {
    const old = new Map<string, Record<string, unknown>>(xs.map((x) => [x.id, x]));
    const now = new Map<string, Record<string, unknown>>(ys.map((y) => [y.id, y]));
    for (const [id, x] of old) {
      const y = now.get(id);
      if (!y) changes.push({ section, item: id, change: 'removed', field: null, before: null, after: null });
      else
        fields(x, y, (field, p, q) =>
          changes.push({ section, item: id, change: 'changed', field, before: show(p), after: show(q) }),
        );
    }
    for (const id of now.keys())
      if (!old.has(id))
        changes.push({ section, item: id, change: 'added', field: null, before: null, after: null });
  }
  return changes;
}
