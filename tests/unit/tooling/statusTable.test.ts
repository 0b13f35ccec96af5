import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PartnershipStatus, Theme } from '../../../shared/domain/partnership';
import { ShortlistStatus } from '../../../shared/domain/shortlist';

const root = join(import.meta.dirname, '..', '..', '..');
const renderer = join(root, 'renderer');
const TABLES = new Set(['renderer/i18n/statuses.ts', 'renderer/i18n/themes.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(renderer)
  .map((path) => ({ path: relative(root, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }))
  .filter((f) => !TABLES.has(f.path));

function offenders(pattern: RegExp): string[] {
  return files.flatMap((f) =>
    f.text
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const statuses = [...PartnershipStatus.options, ...ShortlistStatus.options].join('|');

describe('the one table of status names and colours', () => {
  it('is the only place in the renderer that gives a status a colour', () => {
    const colourByStatus = new RegExp(`\\b(${statuses})\\s*:\\s*['"](#[0-9a-fA-F]{3,8}|[a-z]+)['"]`);
    expect(offenders(colourByStatus)).toEqual([]);
    expect(offenders(/STATUS_COLOU?RS?\b/)).toEqual([]);
  });

  it('is the only place in the renderer that names a status or a theme key', () => {
    expect(offenders(/[`'"](\w+:)?status\.\$\{/)).toEqual([]);
    expect(offenders(/[`'"](\w+:)?theme\.\$\{/)).toEqual([]);
    expect(offenders(new RegExp(`['"\`](partnerships:|discovery:)?status\\.(${statuses})['"\`]`))).toEqual(
      [],
    );
  });

  it('has each status and each theme named once per language, in one namespace', () => {
    const locales = join(renderer, 'i18n', 'locales');
    for (const lang of readdirSync(locales)) {
      const holders: string[] = [];
      for (const file of readdirSync(join(locales, lang))) {
        const walk = (value: unknown, at: string) => {
          if (!value || typeof value !== 'object') return;
          const keys = Object.keys(value);
          for (const set of [PartnershipStatus.options, Theme.options, ShortlistStatus.options] as const)
            if (set.every((k) => keys.includes(k))) holders.push(`${file}:${at}`);
          for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
        };
        walk(JSON.parse(readFileSync(join(locales, lang, file), 'utf8')), '');
      }
      expect(holders.sort(), lang).toEqual([
        'discovery.json:status',
        'partnerships.json:status',
        'partnerships.json:theme',
      ]);
    }
  });

  it('keeps the second names the newcomer met out of every message (German Interessent, Verzeichnis, Charta; French Prise de contact)', () => {
    const locales = join(renderer, 'i18n', 'locales');
    const retired: Record<string, RegExp> = {
      de: /Interessent|Erkundung|(?<!Orts)[Vv]erzeichnis|Charta/,
      fr: /Prise de contact/,
      ro: /care tac|Liniștit/,
    };
    for (const [lang, pattern] of Object.entries(retired))
      for (const file of readdirSync(join(locales, lang)))
        expect(readFileSync(join(locales, lang, file), 'utf8'), `${lang}/${file}`).not.toMatch(pattern);
  });
});
