import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { participantsToImport } from '../../../../shared/domain/activities/import/preview';
import { ParticipantDraft } from '../../../../shared/domain/activities/participant';
import { resolveAnyCountry } from '../../../../electron/core/activities/countries';
import { previewParticipantFile } from '../../../../electron/core/activities/import/participantImport';

const ctx = {
  activity: { id: 'act1', startDate: '2027-06-10', endDate: '2027-06-14' },
  homeCountry: 'RO',
  organisations: [{ id: 'org1', name: 'Colegiul Național Gheorghe Lazăr' }],
  existing: [{ name: 'Ioana Popa', country: 'RO', birthYear: 1980 }],
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const preview = (text: string) => previewParticipantFile(utf8(text), ctx);
const codes = (p: Awaited<ReturnType<typeof preview>>, line: number) =>
  p.rows.find((r) => r.line === line)?.issues.map((i) => i.code);

async function workbook(rows: (string | number | Date | null)[][], cover = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (cover) wb.addWorksheet('Instrucțiuni');
  const ws = wb.addWorksheet('Înscrieri');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('participant import from CSV', () => {
  it('reads a Romanian sheet with semicolons and family and first names apart', async () => {
    const p = await preview(
      '\uFEFFNume;Prenume;Localitate;Țara;Rol;Invitat;Anul nașterii;Sosire;Plecare\n' +
        'Huber;Anna;Landshut;Germania;Lider de grup;da;1985;10.06.2027;14.06.2027\n' +
        'Le Goff;Élodie;Rennes;Franța;;invitat;2011;;\n',
    );
    expect(p.problems).toEqual([]);
    expect(p.counts).toEqual({ ok: 2, warning: 0, error: 0 });
    expect(p.rows[0]?.participant).toMatchObject({
      name: 'Anna Huber',
      town: 'Landshut',
      country: 'DE',
      role: 'groupLeader',
      origin: 'invited',
      birthYear: 1985,
      arrival: '2027-06-10',
      departure: '2027-06-14',
      needsHost: true,
    });
    expect(p.rows[1]?.participant).toMatchObject({ role: 'delegationMember', birthYear: 2011 });
  });

  it('gives every row that will be written as a valid participant draft', async () => {
    const p = await preview('Name,Country,Town\nJonas Weber,Deutschland,Landshut\nMaria Ionescu,,Sibiu\n');
    for (const draft of participantsToImport(p)) expect(ParticipantDraft.safeParse(draft).success).toBe(true);
  });

  it('reports missing names, unknown countries, wrong dates and duplicate people row by row', async () => {
    const p = await preview(
      'Name,Country,Arrival,Departure,Birth year\n' +
        ',Germany,,,\n' +
        'Jonas Weber,Atlantis,,,\n' +
        'Anna Huber,Germany,31.02.2027,,\n' +
        'Lukas Maier,Austria,2027-06-12,2027-06-11,\n' +
        'Lukas Maier,AUT,,,\n' +
        'Ioana Popa,Romania,,,1980\n' +
        'Sofia Rossi,Italy,,,2031\n',
    );
    expect(codes(p, 2)).toContain('missingName');
    expect(p.rows.find((r) => r.line === 3)?.issues).toEqual([
      { code: 'unknownCountry', params: { value: 'Atlantis' } },
    ]);
    expect(p.rows.find((r) => r.line === 4)?.issues).toContainEqual({
      code: 'badDate',
      params: { field: 'arrival', value: '31.02.2027' },
    });
    expect(codes(p, 5)).toContain('departureBeforeArrival');
    expect(p.rows.find((r) => r.line === 6)?.issues).toContainEqual({
      code: 'duplicateRow',
      params: { line: 5 },
    });
    expect(codes(p, 7)).toContain('alreadyRegistered');
    expect(codes(p, 8)).toContain('badBirthYear');
    expect(participantsToImport(p)).toEqual([]);
  });

  it('knows countries beyond Europe, in the four languages and by code', () => {
    expect(resolveAnyCountry('Japonia')).toBe('JP');
    expect(resolveAnyCountry('Côte d’Ivoire')).toBe('CI');
    expect(resolveAnyCountry('Vereinigte Staaten')).toBe('US');
    expect(resolveAnyCountry('BRA')).toBe('BR');
    expect(resolveAnyCountry('Marea Britanie')).toBe('GB');
    expect(resolveAnyCountry('Narnia')).toBeNull();
  });

  it('takes a local participant without a country as from the home country, and says so', async () => {
    const p = await preview('Name;Country;Origin\nMaria Ionescu;;local\n');
    expect(p.rows[0]).toMatchObject({ status: 'warning', participant: { country: 'RO', origin: 'local' } });
    expect(codes(p, 2)).toEqual(['countryAssumed']);
  });

  it('decides invited or local from the country when the sheet does not say, and says so', async () => {
    const p = await preview('Name,Country\nJonas Weber,Germany\nMaria Ionescu,România\n');
    expect(p.rows.map((r) => r.participant?.origin)).toEqual(['invited', 'local']);
    expect(p.rows.every((r) => r.issues.some((i) => i.code === 'originAssumed'))).toBe(true);
  });

  it('links a known organisation and warns about one not in the register', async () => {
    const p = await preview(
      'Name,Country,School\nA B,RO,Colegiul National Gheorghe Lazar\nC D,RO,Liceul Brukenthal\n',
    );
    expect(p.rows[0]?.participant?.organisationId).toBe('org1');
    expect(p.rows[1]?.issues).toContainEqual({
      code: 'unknownOrganisation',
      params: { value: 'Liceul Brukenthal' },
    });
  });

  it('names the missing columns and the ones it found', async () => {
    const p = await preview('Vorname;Ort\nAnna;Landshut\n');
    expect(p.problems).toEqual([]);
    const q = await preview('Nr;Geschlecht\n1;w\n');
    expect(q.problems).toEqual([
      { code: 'missingColumns', params: { columns: ['name', 'country'], found: ['Nr', 'Geschlecht'] } },
    ]);
  });

  it('refuses a file over 10 MB before reading it, and writes nothing', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(65);
    const p = await previewParticipantFile(big, ctx);
    expect(p.problems).toEqual([{ code: 'tooLarge', params: { maxMb: 10, sizeMb: 10.1 } }]);
    expect(participantsToImport(p)).toEqual([]);
  });

  it('says a Windows-1250 file is not UTF-8 instead of garbling its names', async () => {
    const cp1250 = new Uint8Array([...utf8('Name,Country\nIon '), 0xba, 0xfe, ...utf8(',RO\n')]);
    const p = await previewParticipantFile(cp1250, ctx);
    expect(p.problems.map((x) => x.code)).toEqual(['notUtf8']);
  });
});

describe('participant import from XLSX', () => {
  it('reads the first sheet with data, with dates and numbers as typed', async () => {
    const bytes = await workbook(
      [
        ['Name', 'Vorname', 'Land', 'Ort', 'Ankunft', 'Geburtsjahr', 'Fotoerlaubnis'],
        ['Huber', 'Anna', 'Deutschland', 'Landshut', new Date(Date.UTC(2027, 5, 10)), 2009, 'ja'],
        [null, null, null, null, null, null, null],
        ['Dvořák', 'Jan', 'Tschechien', 'Třebíč', '11.06.2027', 1970, 'nein'],
      ],
      true,
    );
    const p = await previewParticipantFile(bytes, ctx);
    expect(p).toMatchObject({ format: 'xlsx', sheet: 'Înscrieri', problems: [] });
    expect(p.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(p.rows.map((r) => r.participant)).toMatchObject([
      { name: 'Anna Huber', country: 'DE', arrival: '2027-06-10', birthYear: 2009, photoConsent: 'given' },
      { name: 'Jan Dvořák', country: 'CZ', arrival: '2027-06-11', photoConsent: 'refused' },
    ]);
  });

  it('reads sixty registrations in one go', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      `Person ${i + 1}`,
      i < 30 ? 'Germany' : 'France',
      i < 30 ? 'Landshut' : 'Rennes',
    ]);
    const p = await previewParticipantFile(await workbook([['Name', 'Country', 'Town'], ...rows]), ctx);
    expect(participantsToImport(p)).toHaveLength(60);
  });

  it('reports a damaged workbook instead of failing', async () => {
    const bytes = await workbook([['Name'], ['A']]);
    const p = await previewParticipantFile(bytes.slice(0, 200), ctx);
    expect(p.problems.map((x) => x.code)).toEqual(['unreadableWorkbook']);
  });
});
