import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';

const FILE = [
  'partner town,country,year,status,contact,e-mail,notes',
  'Besançon,France,1980-05-09,active,Claire Dubois,c.dubois@besancon.fr,Twinned since 1980',
  'Springfield,United States,1913,active,,,',
].join('\n');

describe('exports a person can open', () => {
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
    const preview = await must(backend, 'import:preview', { text: FILE });
    const manual = preview.rows.filter((r) => r.status === 'ambiguous');
    await must(backend, 'import:commit', {
      text: FILE,
      choices: manual.map((r) => ({
        line: r.line,
        place: {
          name: r.values.partner ?? '',
          country: r.country ?? '',
          region: '',
          population: null,
          coordinates: { lat: 39.80172, lon: -89.64371 },
          geonameId: null,
          source: 'manual' as const,
        },
      })),
    });
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  it('writes CSV for Romanian Excel: semicolons, a BOM, Romanian words, decimal commas, the contact', async () => {
    const file = await must(backend, 'export:csv', { language: 'ro' });
    expect(file.text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = file.text.slice(1).trim().split('\r\n');
    expect(header?.split(';').slice(0, 10)).toEqual([
      'Localitatea',
      'Oraș partener',
      'Țară',
      'Data semnării',
      'Tipul legăturii',
      'Stare',
      'Regiune',
      'Persoană de contact',
      'E-mail',
      'Telefon',
    ]);
    const besancon = rows.find((r) => r.includes('Besançon'))?.split(';');
    expect(besancon?.slice(1, 9)).toEqual([
      'Besançon',
      'FR',
      '1980-05-09',
      'Parteneriat oficial',
      'Activ',
      expect.any(String),
      'Claire Dubois',
      'c.dubois@besancon.fr',
    ]);
    expect(rows.find((r) => r.includes('Springfield'))).toContain(';1913;');
    expect(rows.find((r) => r.includes('Springfield'))).toContain(';39,80172;-89,64371;');
  });

  it('writes CSV that the importer reads back whole, in any UI language', async () => {
    for (const language of ['en', 'ro', 'fr', 'de'] as const) {
      const file = await must(backend, 'export:csv', { language });
      const preview = await must(backend, 'import:preview', { text: file.text });
      expect(preview.ignoredColumns).toEqual(
        [
          'Population',
          'Populație',
          'Einwohner',
          'Latitude',
          'Latitudine',
          'Breite',
          'Longitude',
          'Longitudine',
          'Länge',
          'GeoNames id',
          'Cod GeoNames',
          'Identifiant GeoNames',
          'GeoNames-ID',
        ].filter((h) => file.text.includes(h)),
      );
      expect(preview.rows.find((r) => r.values.partner === 'Besançon')?.issues.map((i) => i.code)).toEqual([
        'alreadyExists',
      ]);
    }
  });

  it('writes an Excel workbook with real dates and numbers, and every contact on its own sheet', async () => {
    const file = await must(backend, 'export:xlsx', { language: 'de' });
    const book = new ExcelJS.Workbook();
    const bytes = Buffer.from(file.bytes);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const links = book.getWorksheet('Partnerschaften');
    expect(links?.getRow(1).getCell(2).value).toBe('Partnerstadt');
    const values = (n: number) => (links?.getRow(n).values as unknown[]).slice(1);
    const rows = [values(2), values(3)];
    const besancon = rows.find((r) => r[1] === 'Besançon');
    expect(besancon?.[3]).toEqual(new Date('1980-05-09T00:00:00Z'));
    expect(besancon?.[5]).toBe('Aktiv');
    expect(rows.find((r) => r[1] === 'Springfield')?.[3]).toBe(1913);
    expect(rows.find((r) => r[1] === 'Springfield')?.[12]).toBe(39.80172);
    const contacts = book.getWorksheet('Kontakte');
    expect((contacts?.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Besançon',
      'Claire Dubois',
      '',
      'c.dubois@besancon.fr',
      '',
    ]);
  });

  it('exports every record as JSON: committee, links, charters and shortlist', async () => {
    const file = await must(backend, 'export:json', {});
    const body = JSON.parse(file.text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ['agreements', 'committee', 'exportedAt', 'format', 'partnerships', 'shortlist', 'version'].sort(),
    );
    expect(body.format).toBe('twinning-desk/records');
  });
});
