import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  participantRegisterCsv,
  participantRegisterRows,
  participantRegisterXlsx,
} from '../../../../electron/core/activities/export/participantRegister';
import { previewParticipantFile } from '../../../../electron/core/activities/import/participantImport';
import { participantsToImport } from '../../../../shared/domain/activities/import/preview';
import { DOCUMENT_LANGUAGES } from '../../../../shared/domain/activities/documents/words';
import { participant } from '../../shared/domain/activities/fixtures';

const organisations = new Map([['org1', 'Colegiul Național Gheorghe Lazăr']]);
const people = [
  participant({
    name: 'Anna Huber',
    town: 'Landshut',
    country: 'DE',
    role: 'groupLeader',
    birthYear: 1985,
    arrival: '2027-06-10',
    departure: '2027-06-14',
    phone: '+49 871 1234',
    photoConsent: 'given',
  }),
  participant({
    name: 'Élodie Le Goff',
    town: 'Rennes',
    country: 'FR',
    ageBand: 'under18',
    registration: 'confirmed',
    stayGroup: 'Le Goff',
    email: 'elodie@example.fr',
  }),
  participant({
    name: 'Jan Dvořák',
    town: 'Třebíč',
    country: 'CZ',
    role: 'interpreter',
    registration: 'cancelled',
    needsHost: false,
    photoConsent: 'refused',
  }),
  participant({
    name: 'Kenji Sato',
    town: 'Kyoto',
    country: 'JP',
    role: 'speaker',
    registration: 'attended',
    ageBand: 'over30',
  }),
  participant({
    name: 'Maria Ionescu',
    town: 'Sibiu',
    country: 'RO',
    origin: 'local',
    role: 'volunteer',
    needsHost: false,
    organisationId: 'org1',
    registration: 'invited',
  }),
  participant({
    name: 'Ion Pop',
    town: 'Sibiu',
    country: 'RO',
    origin: 'local',
    role: 'official',
    needsHost: false,
    ageBand: 'from18to30',
  }),
];
const ctx = {
  activity: { id: 'act1', startDate: '2027-06-10', endDate: '2027-06-14' },
  homeCountry: 'RO',
  organisations: [{ id: 'org1', name: 'Colegiul Național Gheorghe Lazăr' }],
  existing: [],
};
const comparable = (p: Record<string, unknown>) => {
  const { id: _id, dietNote: _d, languages: _l, notes: _n, ...rest } = p;
  return rest;
};

describe('participant register export', () => {
  it('leaves the diet out unless asked for it', () => {
    const diet = [participant({ dietNote: 'vegetarian' })];
    expect(participantRegisterRows(diet, { lang: 'en', organisations }).flat()).not.toContain('vegetarian');
    expect(participantRegisterRows(diet, { lang: 'en', organisations, includeDiet: true }).flat()).toContain(
      'vegetarian',
    );
  });

  it('writes semicolons for Romanian, French and German Excel, and guards a phone number from formula use', () => {
    const csv = participantRegisterCsv(people.slice(0, 1), { lang: 'ro', organisations });
    expect(csv.startsWith('\uFEFFNume;Localitate;Țară;')).toBe(true);
    expect(csv).toContain(";'+49 871 1234;");
  });

  for (const lang of DOCUMENT_LANGUAGES) {
    it(`reads back through the import as the same people, in ${lang}, from CSV and from XLSX`, async () => {
      const csv = participantRegisterCsv(people, { lang, organisations });
      const fromCsv = await previewParticipantFile(new TextEncoder().encode(csv), ctx);
      expect(fromCsv.rows.flatMap((r) => r.issues)).toEqual([]);
      expect(participantsToImport(fromCsv).map(comparable)).toEqual(people.map(comparable));

      const xlsx = await participantRegisterXlsx(people, { lang, organisations });
      const fromXlsx = await previewParticipantFile(xlsx, ctx);
      expect(participantsToImport(fromXlsx).map(comparable)).toEqual(people.map(comparable));
    });
  }

  it('freezes and bolds the header row of the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await participantRegisterXlsx(people, { lang: 'de', organisations })).slice().buffer);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('Teilnehmende');
    expect(ws?.getRow(1).font?.bold).toBe(true);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.getCell('A2').value).toBe('Anna Huber');
  });
});
