import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHostSheetDoc } from '../../electron/core/pdf/builders/activities/buildHostSheetDoc';
import { buildInvitationDoc } from '../../electron/core/pdf/builders/activities/buildInvitationDoc';
import { buildParticipantListDoc } from '../../electron/core/pdf/builders/activities/buildParticipantListDoc';
import { buildProgrammeDoc } from '../../electron/core/pdf/builders/activities/buildProgrammeDoc';
import { buildWelcomeSheetDoc } from '../../electron/core/pdf/builders/activities/buildWelcomeSheetDoc';
import type { PrintableEvent } from '../../electron/core/pdf/builders/activities/types';
import { renderPdf } from '../../electron/core/pdf/renderPdf';
import { signatureLists } from '../../shared/domain/activities/documents/lists';
import { benchGuests } from '../../bench/rows/activitiesData';
import { participant } from '../unit/shared/domain/activities/fixtures';
import { parsePdf } from './helpers/pdf';

const dir = mkdtempSync(join(tmpdir(), 'activity-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of each page as pdftotext reads it, as a person copying from the PDF would get it. */
function pagesOf(pdf: Uint8Array, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const all = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  return all.split('\f').slice(0, -1);
}

const event: PrintableEvent = {
  title: 'Landshut la Sibiu',
  kind: 'youthExchange',
  startDate: '2027-06-10',
  endDate: '2027-06-13',
  hostTown: { name: 'Sibiu', country: 'RO' },
  venue: { name: 'Casa Tineretului', address: 'Str. Mitropoliei 10' },
  programme: [
    {
      date: '2027-06-11',
      items: [{ time: '10:00', title: 'Atelier: livada școlii', place: 'Colegiul Lazăr', note: '' }],
    },
    {
      date: '2027-06-10',
      items: [{ time: '18:00', title: 'Cină de bun venit', place: 'Primăria', note: '' }],
    },
  ],
  themes: [],
};

describe('the signed participant lists, read back', () => {
  const people = [
    participant({ name: 'Anna Huber', town: 'Landshut', country: 'DE' }),
    participant({ name: 'Jonas Weber', town: 'Landshut', country: 'DE' }),
    participant({ name: 'Élodie Le Goff', town: 'Rennes', country: 'FR' }),
    participant({ name: 'Jan Dvořák', town: 'Třebíč', country: 'CZ', registration: 'cancelled' }),
    participant({ name: 'Maria Ionescu', town: 'Sibiu', country: 'RO', origin: 'local' }),
  ];

  it('prints one list per invited town and one for local participants, each from a new page', async () => {
    const pdf = await renderPdf(() =>
      buildParticipantListDoc({ event, lists: signatureLists(people, 'ro'), langs: ['ro', 'de'] }),
    );
    const pages = pagesOf(pdf, 'lists');
    expect(pages).toHaveLength(3);
    const [landshut = '', rennes = '', local = ''] = pages;
    expect(landshut).toMatch(/Localitate invitată \/ Eingeladene Stadt: Landshut \(Germania\)/);
    expect(landshut).toMatch(/Anna Huber\s+Landshut\s+Germania/);
    expect(landshut).toMatch(/Jonas Weber/);
    expect(landshut).not.toMatch(/Le Goff|Ionescu/);
    expect(rennes).toMatch(/Rennes \(Franța\)[\s\S]*Élodie Le Goff/);
    expect(local).toMatch(/Participanți locali \/ Teilnehmende vor Ort[\s\S]*Maria Ionescu/);
    expect(pages.join('')).not.toMatch(/Dvořák/);
  });

  it('heads each list with the event, its dates, place and programme, a signature column and the certification', async () => {
    const pdf = await renderPdf(() =>
      buildParticipantListDoc({ event, lists: signatureLists(people, 'ro'), langs: ['ro', 'de'] }),
    );
    const [first = ''] = pagesOf(pdf, 'lists-head');
    expect(first).toMatch(/Listă de participanți \/ Teilnehmerliste/);
    expect(first).toMatch(/Landshut la Sibiu · Schimb de tineri \/ Jugendbegegnung/);
    expect(first).toMatch(/10–13 iunie 2027/);
    expect(first).toMatch(/Casa Tineretului, Str. Mitropoliei 10, Sibiu \(România\)/);
    expect(first).toMatch(/10 iunie 2027: Cină de bun venit\s+11 iunie 2027: Atelier: livada școlii/);
    expect(first).toMatch(/Semnătură \/ Unterschrift/);
    expect(first).toMatch(/Certificat de reprezentantul legal al gazdei/);
    expect(first).toMatch(/Pagina 1 din 3 \/ Seite 1 von 3/);
  });

  it('holds 200 names over 10 invited towns, each exactly once, with every font embedded', async () => {
    const guests = benchGuests(200);
    const pdf = await renderPdf(() =>
      buildParticipantListDoc({ event, lists: signatureLists(guests, 'en'), langs: ['en'] }),
    );
    const text = pagesOf(pdf, 'lists-200').join('\n');
    // "Anna Huber 1" must not count "Anna Huber 10".
    for (const g of guests) expect(text.match(new RegExp(`${g.name}(?!\\d)`, 'g'))?.length, g.name).toBe(1);
    expect(text.match(/Invited town: /g)?.length).toBeGreaterThanOrEqual(10);
    const parsed = await parsePdf(pdf);
    expect(parsed.fonts.filter((f) => !f.embedded)).toEqual([]);
  });
});

describe('the other activity documents, read back', () => {
  it('writes the invitation in full in each town’s language, French with its no-break spaces', async () => {
    const pdf = await renderPdf(() =>
      buildInvitationDoc({
        event,
        host: { name: 'Comitetul de înfrățire Sibiu', town: 'Sibiu' },
        invitedTown: { name: 'Rennes', country: 'FR' },
        signatory: { name: 'Ana Popescu', office: 'Președintă' },
        letterDate: '2026-12-03',
        replyBy: '2027-04-01',
        langs: ['ro', 'fr'],
      }),
    );
    const [ro = '', fr = ''] = pagesOf(pdf, 'invitation');
    expect(ro).toMatch(/Dragi prieteni din Rennes,/);
    expect(ro).toMatch(/Sibiu, 3 decembrie 2026/);
    expect(ro).toMatch(/până la 1 aprilie 2027/);
    expect(fr).toMatch(/Chers amis de Rennes,/);
    expect(fr).toMatch(/«\s+Landshut la\s+Sibiu\s+»/);
    expect(fr).toMatch(/avant le 1er avril 2027/);
    expect(fr).toMatch(/Ana Popescu/);
  });

  it('prints the programme day by day, the days without items as free time', async () => {
    const [page = ''] = pagesOf(await renderPdf(() => buildProgrammeDoc(event, ['fr'])), 'programme');
    expect(page).toMatch(/Jour 1 · jeudi 10 juin 2027\s+18:00\s+Cină de bun venit/);
    expect(page).toMatch(/Jour 3 · samedi 12 juin 2027\s+Temps libre/);
    expect(page).toMatch(/Jour 4 · dimanche 13 juin 2027/);
    expect(page).not.toMatch(/Jour 5/);
  });

  it('puts each household beside its guests, and lists the guests still without a host', async () => {
    const household = {
      name: 'Familia Popescu',
      contactName: 'Maria Popescu',
      address: 'Str. Cetății 4',
      phone: '+40 722 000 111',
      email: '',
      languages: ['ro', 'de'],
    };
    const guest = {
      name: 'Anna Huber',
      town: 'Landshut',
      country: 'DE',
      arrival: null,
      departure: '2027-06-12',
      phone: '',
    };
    const pdf = await renderPdf(() =>
      buildHostSheetDoc({
        event,
        langs: ['en'],
        stays: [{ household, guests: [guest] }],
        unplaced: [{ ...guest, name: 'Jonas Weber' }],
      }),
    );
    const [page = ''] = pagesOf(pdf, 'hosts');
    expect(page).toMatch(/Guests: 1 · Households: 1/);
    expect(page).toMatch(/Familia Popescu\s+Anna Huber/);
    expect(page).toMatch(/\+40 722 000 111/);
    expect(page).toMatch(/10\s–\s12 June 2027/);
    expect(page).toMatch(/Guests not yet placed: 1\s+Jonas Weber/);
  });

  it('gives each guest a welcome sheet in their own language with the hosts and whom to call', async () => {
    const pdf = await renderPdf(() =>
      buildWelcomeSheetDoc({
        event,
        organiser: { name: 'Comitetul de înfrățire Sibiu', phone: '+40 269 123 456', email: '' },
        pages: [
          {
            lang: 'de',
            guest: { name: 'Anna Huber', arrival: null, departure: null },
            household: {
              name: 'Familia Popescu',
              contactName: '',
              address: 'Str. Cetății 4',
              phone: '+40 722 000 111',
              email: '',
              languages: ['ro', 'de'],
            },
          },
          {
            lang: 'fr',
            guest: { name: 'Élodie Le Goff', arrival: '2027-06-11', departure: null },
            household: null,
          },
        ],
      }),
    );
    const [de = '', fr = ''] = pagesOf(pdf, 'welcome');
    expect(de).toMatch(/Willkommen in Sibiu, Anna Huber!/);
    expect(de).toMatch(/Ihre Gastfamilie spricht: Rumänisch und Deutsch/);
    expect(de).toMatch(/rufen Sie an: \+40 269 123 456/);
    expect(fr).toMatch(/Bienvenue à Sibiu, Élodie Le Goff\s!/);
    expect(fr).toMatch(/Votre séjour\s: 11–13 juin 2027/);
  });
});
