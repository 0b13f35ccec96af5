import { describe, expect, it } from 'vitest';
import { importRateCsv } from '../../../../../shared/domain/money/rateCsv';
import { ExchangeRate } from '../../../../../shared/domain/money/rates';

describe('importing exchange rates from a CSV file', () => {
  it('imports a treasurer spreadsheet row by row and says why each refused row was refused', () => {
    const csv = [
      'from;to;rate;date;source;note',
      'EUR;RON;4,9750;01.05.2026;inforeuro;May',
      'EUR;PLN;4.2611;2026-05-01;inforeuro;',
      'EUR;XYZ;1.5;2026-05-01;manual;',
      'EUR;RON;0;2026-05-02;bank;',
      'EUR;RON;4.98;31.02.2026;bank;',
      'EUR;RON;4.98;2026-05-02;bloomberg;',
      'RON;RON;1;2026-05-02;manual;',
      'EUR;RON;4.975;2026-05-01;inforeuro;again',
      'EUR;RON;4.99;2026-05-01;inforeuro;typo',
    ].join('\r\n');
    const result = importRateCsv(csv);
    expect(result.layout).toBe('long');
    expect(result.rates.map((r) => [r.from, r.to, r.rate, r.date, r.source])).toEqual([
      ['EUR', 'RON', '4.975', '2026-05-01', 'inforeuro'],
      ['EUR', 'PLN', '4.2611', '2026-05-01', 'inforeuro'],
    ]);
    expect(result.rows.map((r) => [r.line, r.status, r.problem, r.column])).toEqual([
      [2, 'imported', null, 'rate'],
      [3, 'imported', null, 'rate'],
      [4, 'refused', 'unknown_currency', 'to'],
      [5, 'refused', 'invalid_rate', 'rate'],
      [6, 'refused', 'invalid_date', 'date'],
      [7, 'refused', 'unknown_source', 'source'],
      [8, 'refused', 'same_currency', 'to'],
      [9, 'skipped', 'duplicate', 'rate'],
      [10, 'refused', 'conflict', 'rate'],
    ]);
    expect(result.counts).toEqual({ imported: 2, skipped: 1, refused: 6 });
  });

  it('marks a rate already recorded as a duplicate instead of importing it twice', () => {
    const existing = [
      ExchangeRate.parse({ from: 'EUR', to: 'RON', rate: '4.975', date: '2026-05-01', source: 'csv' }),
    ];
    const result = importRateCsv('from,to,rate,date\nEUR,RON,4.9750,2026-05-01\n', existing);
    expect(result.rates).toEqual([]);
    expect(result.rows[0]).toMatchObject({ status: 'skipped', problem: 'duplicate' });
  });

  it('reads the ECB reference file, one column per currency, skipping N/A days and unknown currencies once', () => {
    const csv =
      'Date, USD, JPY, BGN, CNY, RON, \n04 May 2026, 1.1325, N/A, 1.9558, 7.8, 4.9771, \n2026-05-05, 1.1301, 162.05, 1.9558, 7.7, 4.9802, \n31 Mai 2026, 1.1, 1, 1, 1, 1, \n';
    const result = importRateCsv(csv);
    expect(result.layout).toBe('ecb');
    expect(result.rows.filter((r) => r.problem === 'unknown_currency')).toEqual([
      { line: 1, column: 'CNY', status: 'skipped', problem: 'unknown_currency', rate: null },
    ]);
    expect(result.rows.find((r) => r.line === 4)).toMatchObject({
      status: 'refused',
      problem: 'invalid_date',
    });
    expect(result.rates.map((r) => `${r.from}>${r.to} ${r.rate} ${r.date} ${r.source}`)).toEqual([
      'EUR>USD 1.1325 2026-05-04 ecb',
      'EUR>BGN 1.9558 2026-05-04 ecb',
      'EUR>RON 4.9771 2026-05-04 ecb',
      'EUR>USD 1.1301 2026-05-05 ecb',
      'EUR>JPY 162.05 2026-05-05 ecb',
      'EUR>BGN 1.9558 2026-05-05 ecb',
      'EUR>RON 4.9802 2026-05-05 ecb',
    ]);
  });

  it('recognises Romanian, French and German column names', () => {
    expect(importRateCsv('De la;Către;Curs;Data\nEUR;RON;4,975;01.05.2026').rates).toHaveLength(1);
    expect(importRateCsv('Von;Nach;Kurs;Datum\nEUR;CHF;0,94;2026-05-01').rates).toHaveLength(1);
    expect(importRateCsv('De;Vers;Taux;Date\nEUR;GBP;0,85;01/05/2026').rates[0]).toMatchObject({
      date: '2026-05-01',
    });
  });

  it('refuses a file whose columns it cannot recognise, naming the header', () => {
    const result = importRateCsv('a,b,c\n1,2,3\n');
    expect(result.layout).toBe('unknown');
    expect(result.rows).toEqual([
      { line: 1, column: 'a,b,c', status: 'refused', problem: 'missing_column', rate: null },
    ]);
  });

  it('reports an empty file as having nothing in it', () => {
    expect(importRateCsv('')).toMatchObject({ layout: 'unknown', rates: [], rows: [] });
  });
});
