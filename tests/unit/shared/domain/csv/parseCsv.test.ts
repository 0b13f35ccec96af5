import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../../../shared/domain/csv/parseCsv';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('CSV parsing', () => {
  it('reads comma-separated values with a header', () => {
    expect(fields('partner,country\nLandshut,DE\n')).toEqual([
      ['partner', 'country'],
      ['Landshut', 'DE'],
    ]);
  });

  it('detects a semicolon as Excel writes it in French, German and Romanian locales', () => {
    const parsed = parseCsv('Partnerstadt;Land;Jahr\r\nLandshut;Deutschland;1994\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records[1]?.fields).toEqual(['Landshut', 'Deutschland', '1994']);
  });

  it('detects a tab, as a paste from a spreadsheet gives', () => {
    expect(detectDelimiter('partner\tcountry\nA\tB')).toBe('\t');
  });

  it('ignores delimiters inside quotes when detecting', () => {
    expect(detectDelimiter('"a;b;c;d",x,y\n')).toBe(',');
  });

  it('strips a UTF-8 byte-order mark so the first header is recognised', () => {
    expect(fields('\ufeffpartner,country\nA,B')[0]).toEqual(['partner', 'country']);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const parsed = parseCsv('partner,notes\n"Cluj-Napoca, RO","He said ""hi""\nand left"\nNext,x\n');
    expect(parsed.records[1]?.fields).toEqual(['Cluj-Napoca, RO', 'He said "hi"\nand left']);
    expect(parsed.records[2]).toEqual({ line: 4, fields: ['Next', 'x'] });
  });

  it('numbers records by the line they start on, across CR, LF and CRLF line ends', () => {
    const parsed = parseCsv('h\rA\r\nB\nC');
    expect(parsed.records.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [2, 'A'],
      [3, 'B'],
      [4, 'C'],
    ]);
  });

  it('skips blank lines rather than reporting them as empty rows', () => {
    expect(fields('a,b\n\n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports a quote left open at the end of the text', () => {
    expect(parseCsv('a,b\n"open,2\n').unterminatedQuote).toBe(true);
  });

  it('stops after the number of records asked for and says the text was cut', () => {
    const parsed = parseCsv('a\n1\n2\n3\n4\n', 2);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.truncated).toBe(true);
  });
});
