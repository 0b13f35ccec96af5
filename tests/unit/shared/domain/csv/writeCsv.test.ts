import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../../shared/domain/csv/parseCsv';
import { guardFormula, quoteField, writeCsv } from '../../../../../shared/domain/csv/writeCsv';

describe('CSV writing', () => {
  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes a cell starting like a formula (%j) with an apostrophe',
    (value) => expect(guardFormula(value)).toBe(`'${value}`),
  );

  it('leaves ordinary text and inner formula signs alone', () => {
    expect(guardFormula('Saint-Malo')).toBe('Saint-Malo');
    expect(guardFormula('a=b')).toBe('a=b');
  });

  it('quotes fields holding the delimiter, quotes or line breaks and doubles inner quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('plain')).toBe('plain');
  });

  it('writes numbers as numbers, even negative ones, and null as an empty cell', () => {
    expect(writeCsv([[-12.5, null, 'x']])).toBe('\ufeff-12.5,,x\r\n');
  });

  it('produces text that reads back to the same cells, guarded formulas aside', () => {
    const rows = [
      ['partner', 'notes'],
      ['Cluj-Napoca, RO', 'He said "hi"\nand left'],
      ['=cmd', 'ok'],
    ];
    const back = parseCsv(writeCsv(rows)).records.map((r) => r.fields);
    expect(back).toEqual([
      ['partner', 'notes'],
      ['Cluj-Napoca, RO', 'He said "hi"\nand left'],
      ["'=cmd", 'ok'],
    ]);
  });
});
