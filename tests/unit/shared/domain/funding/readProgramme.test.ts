import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../../../../shared/domain/funding/readProgramme';
import { shipped } from './fundingFixtures';

type Loose = Record<string, unknown> & {
  rules: Record<string, unknown>[];
  amounts: Record<string, unknown>[];
};
const base = (): Loose =>
  JSON.parse(JSON.stringify(shipped.programmes.find((p) => p.programmeId === 'ofaj-dfjw'))) as Loose;

describe('programme files', () => {
  it('loads every shipped programme and the dated country lists, refusing none', () => {
    expect(shipped.refused).toEqual([]);
    expect(shipped.programmes.map((p) => p.programmeId).sort()).toEqual([
      'buergerfonds',
      'cerv-networks-of-towns',
      'cerv-town-twinning',
      'erasmus-youth-exchanges',
      'ofaj-dfjw',
    ]);
    expect(shipped.countryLists.find((l) => l.id === 'eu-members')?.countries).toHaveLength(27);
  });

  it('gives every rule, amount, deadline and document a source and the day it was checked', () => {
    for (const p of shipped.programmes)
      for (const item of [...p.rules, ...p.amounts, ...p.deadlines, ...p.documents]) {
        expect(item.source.title.length, `${p.programmeId} ${item.id}`).toBeGreaterThan(0);
        expect(item.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });

  it('ships the figures no source confirms empty, for the secretary to fill from the call document', () => {
    const tt = shipped.programmes.find((p) => p.programmeId === 'cerv-town-twinning')!;
    expect(tt.amounts).toEqual([expect.objectContaining({ kind: 'lumpSumBands', bands: [] })]);
    const yx = shipped.programmes.find((p) => p.programmeId === 'erasmus-youth-exchanges')!;
    expect(yx.amounts.find((a) => a.kind === 'perDay')).toMatchObject({ rate: null });
  });

  it('refuses a rule of an unknown kind with a message naming the rule', () => {
    const p = base();
    p.rules.push({ id: 'moon-phase', kind: 'moonPhase', source: { title: 'x' }, checked: '2026-01-01' });
    const read = readProgramme(p);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems[0]).toMatchObject({ code: 'unknown_kind', item: 'moon-phase' });
      expect(read.problems[0]!.message).toContain('"moon-phase"');
    }
  });

  it('refuses a rule without a source, naming it', () => {
    const p = base();
    delete p.rules[0]!.source;
    const read = readProgramme(p);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ code: 'missing_source', item: p.rules[0]!.id });
  });

  it.each([
    [
      'a minimum above the maximum',
      (p: ReturnType<typeof base>) =>
        Object.assign(
          p.rules.find((r) => r.id === 'programme-days')!,
          { min: 30, max: 21 },
        ),
      'programme-days',
    ],
    [
      'a negative count',
      (p: ReturnType<typeof base>) =>
        Object.assign(
          p.rules.find((r) => r.id === 'group-size')!,
          { max: -1 },
        ),
      'group-size',
    ],
    [
      'a share over one half for a balance',
      (p: ReturnType<typeof base>) =>
        Object.assign(
          p.rules.find((r) => r.id === 'balance')!,
          { minShare: 2 },
        ),
      'balance',
    ],
    [
      'a negative rate',
      (p: ReturnType<typeof base>) =>
        Object.assign(
          p.amounts.find((a) => a.id === 'travel')!,
          { rate: -5 },
        ),
      'travel',
    ],
    [
      'a range with neither end',
      (p: ReturnType<typeof base>) =>
        Object.assign(
          p.rules.find((r) => r.id === 'programme-days')!,
          { min: null, max: null },
        ),
      'programme-days',
    ],
  ])('refuses %s, naming the rule', (_name, spoil, item) => {
    const p = base();
    spoil(p);
    const read = readProgramme(p);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ code: 'impossible_value', item });
  });

  it('refuses overlapping lump-sum bands, naming the amount', () => {
    const p = structuredClone(shipped.programmes.find((x) => x.programmeId === 'cerv-town-twinning')!);
    (p.amounts[0] as { bands: unknown[] }).bands = [
      { min: 25, max: 40, amount: 100 },
      { min: 40, max: 60, amount: 200 },
    ];
    const read = readProgramme(p);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toContain('"lump-sum"');
  });
});

describe('required documents named in each language', () => {
  const withName = (name: unknown) => {
    const p = base() as Loose & { documents: Record<string, unknown>[] };
    p.documents[0] = { ...p.documents[0], name };
    return readProgramme(p);
  };

  it('ships every document of every programme named in English, Romanian, French and German', () => {
    for (const p of shipped.programmes)
      for (const d of p.documents)
        expect(Object.keys(d.name).sort(), `${p.programmeId} ${d.id}`).toEqual(['de', 'en', 'fr', 'ro']);
  });

  it('reads a plain name, as a copy made before the translations holds it, as the English one', () => {
    const read = withName('Report on the programme');
    expect(read.ok && read.programme.documents[0]?.name).toEqual({ en: 'Report on the programme' });
  });

  it('takes English alone, the other languages being optional', () => {
    expect(withName({ en: 'Application' }).ok).toBe(true);
  });

  it('refuses a name without English, an empty one or a language the app does not speak', () => {
    for (const name of [{ ro: 'Cererea' }, { en: '' }, { en: 'Application', it: 'Domanda' }, 3]) {
      const read = withName(name);
      expect(read.ok, JSON.stringify(name)).toBe(false);
      if (!read.ok) expect(read.problems[0]?.path.slice(0, 3)).toEqual(['documents', 0, 'name']);
    }
  });
});
