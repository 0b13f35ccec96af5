import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../../../../shared/domain/funding/readProgramme';
import { publicityStatement } from '../../../../../shared/domain/funding/reportingPack';
import { programme, shipped } from './fundingFixtures';

describe('the funding statement a programme asks its towns to publish', () => {
  it('ships the EU statement for CERV and Erasmus+ in four languages, with its source and the day it was checked', () => {
    for (const id of ['cerv-town-twinning', 'cerv-networks-of-towns', 'erasmus-youth-exchanges']) {
      const p = programme(id).publicity;
      expect(p, id).not.toBeNull();
      expect(Object.keys(p!.statement).sort(), id).toEqual(['de', 'en', 'fr', 'ro']);
      expect(p!.source.title.length, id).toBeGreaterThan(0);
      expect(p!.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(programme('cerv-town-twinning').publicity?.statement.en).toBe('Funded by the European Union');
    expect(programme('erasmus-youth-exchanges').publicity?.statement.de).toBe(
      'Kofinanziert von der Europäischen Union',
    );
  });

  it('ships none where no source gives one (OFAJ, the Bürgerfonds), rather than a guess', () => {
    expect(programme('ofaj-dfjw').publicity).toBeNull();
    expect(programme('buergerfonds').publicity).toBeNull();
  });

  it('words the statement in the document language, in English where that one is not given', () => {
    const p = programme('cerv-town-twinning').publicity;
    expect(publicityStatement(p, 'ro')).toBe('Finanțat de Uniunea Europeană');
    expect(publicityStatement({ ...p!, statement: { en: 'Funded by the European Union' } }, 'fr')).toBe(
      'Funded by the European Union',
    );
    expect(publicityStatement(null, 'en')).toBeNull();
  });

  it('refuses a programme file whose statement has no source, naming it', () => {
    const raw = JSON.parse(
      JSON.stringify(shipped.programmes.find((x) => x.programmeId === 'cerv-town-twinning')),
    ) as Record<string, Record<string, unknown>>;
    delete raw.publicity!.source;
    const read = readProgramme(raw);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems).toContainEqual(
        expect.objectContaining({ code: 'missing_source', path: ['publicity', 'source'] }),
      );
  });
});
