import { z } from 'zod';
import { AMOUNT_KINDS, AmountPart, Programme, RULE_KINDS, Rule } from './programme';

export type ProgrammeProblemCode = 'unknown_kind' | 'missing_source' | 'impossible_value' | 'invalid';

/** What is wrong with a programme file, naming the rule (or amount, deadline, document) at fault. */
export interface ProgrammeProblem {
  code: ProgrammeProblemCode;
  /** The id of the rule or amount part at fault; null for the programme's own fields. */
  item: string | null;
  path: (string | number)[];
  message: string;
}

export type ReadProgramme = { ok: true; programme: Programme } | { ok: false; problems: ProgrammeProblem[] };

const Loose = z.looseObject({ id: z.unknown(), kind: z.unknown() });
const nameOf = (raw: unknown, index: number): string => {
  const parsed = Loose.safeParse(raw);
  return parsed.success && typeof parsed.data.id === 'string' ? parsed.data.id : `#${index + 1}`;
};

function itemProblems(
  list: unknown,
  field: 'rules' | 'amounts',
  kinds: readonly string[],
  schema: typeof Rule | typeof AmountPart,
): ProgrammeProblem[] {
  if (!Array.isArray(list)) return [];
  const problems: ProgrammeProblem[] = [];
  const label = field === 'rules' ? 'rule' : 'amount';
  list.forEach((raw, index) => {
    const item = nameOf(raw, index);
    const parsed = Loose.safeParse(raw);
    const kind = parsed.success ? parsed.data.kind : undefined;
    if (typeof kind !== 'string' || !kinds.includes(kind)) {
      problems.push({
        code: 'unknown_kind',
        item,
        path: [field, index, 'kind'],
        message: `The ${label} "${item}" has an unknown kind "${String(kind)}"`,
      });
      return;
    }
    const record = raw as Record<string, unknown>;
    if (record.source === undefined || record.checked === undefined) {
      problems.push({
        code: 'missing_source',
        item,
        path: [field, index, 'source'],
        message: `The ${label} "${item}" has no source or no date it was checked`,
      });
      return;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = [field, index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const where = issue.path[0] === 'source' ? 'missing_source' : 'impossible_value';
        problems.push({
          code: where,
          item,
          path,
          message: `The ${label} "${item}" has an impossible ${issue.path.join('.') || 'value'}: ${issue.message}`,
        });
      }
      return;
    }
    const data = result.data as { min?: number | null; max?: number | null; bands?: unknown[] };
    if (typeof data.min === 'number' && typeof data.max === 'number' && data.min > data.max) {
      problems.push({
        code: 'impossible_value',
        item,
        path: [field, index, 'min'],
        message: `The ${label} "${item}" asks for at least ${data.min} and at most ${data.max}`,
      });
    }
    if (
      data.min === null &&
      data.max === null &&
      (kind === 'participants' || kind === 'activityDays' || kind === 'projectMonths' || kind === 'age')
    ) {
      problems.push({
        code: 'impossible_value',
        item,
        path: [field, index, 'min'],
        message: `The ${label} "${item}" has neither a minimum nor a maximum`,
      });
    }
    problems.push(...bandProblems(result.data, field, index, item));
  });
  return problems;
}

function bandProblems(
  part: Rule | AmountPart,
  field: string,
  index: number,
  item: string,
): ProgrammeProblem[] {
  const problems: ProgrammeProblem[] = [];
  const push = (i: number, what: string) =>
    problems.push({
      code: 'impossible_value',
      item,
      path: [field, index, 'bands', i],
      message: `The amount "${item}" has a band ${what}`,
    });
  if (part.kind === 'lumpSumBands') {
    part.bands.forEach((b, i) => {
      if (b.max !== null && b.max < b.min) push(i, `ending before it starts (${b.min}–${b.max})`);
      const prev = part.bands[i - 1];
      if (prev && (prev.max === null || b.min <= prev.max)) push(i, `overlapping the one before`);
    });
  }
  if (part.kind === 'travelBands') {
    part.bands.forEach((b, i) => {
      if (b.toKm !== null && b.toKm < b.fromKm) push(i, `ending before it starts (${b.fromKm}–${b.toKm} km)`);
      const prev = part.bands[i - 1];
      if (prev && (prev.toKm === null || b.fromKm <= prev.toKm)) push(i, `overlapping the one before`);
    });
  }
  return problems;
}

/**
 * Reads a programme file (shipped or edited). A rule of an unknown kind, one without a source,
 * or an impossible value (a minimum above the maximum, a share over 100 %, overlapping bands)
 * refuses the whole file with a message naming the rule; nothing is half-read.
 */
export function readProgramme(raw: unknown): ReadProgramme {
  const envelope = z.looseObject({ rules: z.unknown(), amounts: z.unknown() }).safeParse(raw);
  const problems = envelope.success
    ? [
        ...itemProblems(envelope.data.rules, 'rules', RULE_KINDS, Rule),
        ...itemProblems(envelope.data.amounts, 'amounts', AMOUNT_KINDS, AmountPart),
      ]
    : [];
  if (problems.length > 0) return { ok: false, problems };
  const result = Programme.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        code: issue.path.includes('source') ? 'missing_source' : 'invalid',
        item: null,
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: `The programme file has a bad ${issue.path.join('.') || 'shape'}: ${issue.message}`,
      })),
    };
  }
  const ids = new Set<string>();
  for (const [i, item] of [...result.data.rules, ...result.data.amounts].entries()) {
    if (ids.has(item.id))
      problems.push({
        code: 'invalid',
        item: item.id,
        path: ['rules', i, 'id'],
        message: `Two rules or amounts are both named "${item.id}"`,
      });
    ids.add(item.id);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, programme: result.data };
}
