import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const DATA = join(ROOT, 'resources', 'data', 'funding');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every number the programme files state in a rule or an amount (dates and ids apart), and money in major units. */
function figures(): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'number') {
      const add = (n: number) => {
        if (n >= 10 || !Number.isInteger(n)) found.add(String(n));
      };
      add(v);
      if (['amount', 'rate', 'upTo'].includes(key)) add(v / 100);
      if (key === 'maxShare' || key === 'minShare') add(Math.round(v * 100));
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'checked') walk(x, k);
  };
  for (const f of readdirSync(DATA).filter((x) => x.endsWith('.json') && x !== 'countries.json')) {
    const p = JSON.parse(readFileSync(join(DATA, f), 'utf8')) as { rules: unknown; amounts: unknown };
    walk(p.rules, 'rules');
    walk(p.amounts, 'amounts');
  }
  return found;
}

/** The funding code: every source file on a path naming funding, in the core, the shared code and the window. */
function fundingSources(): string[] {
  return ['shared', 'electron', 'renderer']
    .flatMap((d) => files(join(ROOT, d)))
    .filter((f) => /funding/i.test(f.slice(ROOT.length)) && /\.(ts|tsx)$/.test(f));
}

const stripComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('funding figures live in the data files only', () => {
  it('finds the funding code and the figures to look for', () => {
    expect(fundingSources().length).toBeGreaterThan(3);
    expect(figures().size).toBeGreaterThan(5);
  });

  it('states no programme figure in the funding source code', () => {
    const forbidden = figures();
    const hits: string[] = [];
    for (const file of fundingSources()) {
      const code = stripComments(readFileSync(file, 'utf8'));
      for (const m of code.matchAll(/(?<![\w.'"-])(\d[\d_]*(?:[.,]\d+)?)(?![\w])/g)) {
        const n = String(Number(m[1]!.replace(/_/g, '').replace(',', '.')));
        if (forbidden.has(n)) hits.push(`${file.slice(ROOT.length + 1)}: ${m[1]}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
