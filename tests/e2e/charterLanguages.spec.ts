import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { answered } from './pages/invokes';
import { AgreementPage } from './pages/agreementPage';
import { PartnershipPages } from './pages/partnershipPages';

/** pdftotext's words with no-break spaces and hyphens read as plain ones, all on one line. */
const flat = (text: string) =>
  text
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/\s+/g, ' ');

test('a secretary makes a Romanian–Hungarian charter with each town named in each language and the objectives in both, and reads both columns back from the PDF', async ({
  page,
  app,
}) => {
  const partnerships = new PartnershipPages(page);
  const charter = new AgreementPage(page);

  await partnerships.gotoList(app.url);
  await partnerships.startNew();
  await partnerships.fillManualTown(1, { name: 'Szeged', country: 'Hungary', region: 'Csongrád-Csanád' });
  await partnerships.save();
  await expect(page.getByRole('heading', { name: 'Szeged', level: 2 })).toBeVisible();
  await partnerships.openTab('Objectives');
  await partnerships.addObjective({
    statement: 'Schimburi anuale de elevi între liceele celor două orașe',
    theme: 'Youth',
    indicator: 'Elevi participanți',
    target: '40 pe an',
    agreedOn: '2026-05-12',
  });
  await partnerships.openTab('Overview');
  await charter.openFromPartnership();

  await charter.chooseLanguage(1, 'Romanian');
  await charter.chooseLanguage(2, 'Hungarian');

  await charter.openTab('Parties');
  const sibiu = charter.party(1);
  await sibiu.getByLabel('Name in the charter').fill('Sibiu');
  await sibiu.getByLabel('Region', { exact: true }).fill('Sibiu County');
  await charter.choosePartyOption(1, 'Country', 'Romania');
  await charter.choosePartyOption(1, 'Kind of local authority', 'City (municipiu, Stadt, miasto, ville)');
  await sibiu.getByLabel('Name in Hungarian').fill('Nagyszeben');
  await charter.signatory(1, 1).getByLabel('Name', { exact: true }).fill('Astrid Fodor');
  await charter.signatory(1, 1).getByLabel('Office (Romanian)').fill('Primarul Municipiului Sibiu');
  await charter.signatory(1, 1).getByLabel('Office (Hungarian)').fill('Nagyszeben polgármestere');
  await sibiu.getByLabel('Council resolution number').fill('HCL nr. 312/2027');
  await sibiu.getByLabel('Resolution date').fill('2027-09-26');
  const szeged = charter.party(2);
  await expect(szeged.getByText(/The charter writes: Orașul Szeged · Szeged város/)).toBeVisible();
  await szeged.getByLabel('Name in Romanian').fill('Seghedin');
  await szeged.getByLabel('Region in Romanian').fill('comitatul Csongrád-Csanád');
  await charter.signatory(2, 1).getByLabel('Name', { exact: true }).fill('Botka László');
  await charter.signatory(2, 1).getByLabel('Office (Romanian)').fill('primarul orașului Seghedin');
  await charter.signatory(2, 1).getByLabel('Office (Hungarian)').fill('Szeged polgármestere');
  await szeged.getByLabel('Council resolution number').fill('114/2027');
  await szeged.getByLabel('Resolution date').fill('2027-10-02');

  // The resolution number typed with its own "nr." and the objective without Hungarian are caught.
  await charter.checkAndPreview();
  await expect(charter.checkAlert).toContainText('The council resolution number of Sibiu starts with');
  await expect(charter.checkAlert).toContainText('Objective 1 has no text in Hungarian.');
  await expect(charter.preview).toBeHidden();
  await sibiu.getByLabel('Council resolution number').fill('312/2027');

  await charter.openTab('Objectives');
  const saved = answered(page, 'objective:save');
  await charter.objectiveText(1, 'Hungarian').fill('Évente diákcsere a két város középiskolái között');
  await charter.objectiveText(1, 'Hungarian').blur();
  await saved;
  await expect(charter.checkAlert).toBeHidden();

  await charter.checkAndPreview();
  await charter.expectPreviewPages();
  const download = await charter.savePdf();
  const file = await download.path();
  // Each column read on its own: pdftotext crops to the left or right half of every page.
  const column = (x: number, width: number) =>
    flat(
      execFileSync(
        'pdftotext',
        ['-enc', 'UTF-8', '-raw', '-x', String(x), '-y', '0', '-W', String(width), '-H', '842', file, '-'],
        { encoding: 'utf8' },
      ),
    );
  // Up to the signature blocks, which name each signatory's office in both languages.
  const romanian = column(0, 308).split('Încheiată la')[0] ?? '';
  const hungarian = column(308, 287).split('Kelt:')[0] ?? '';
  // The Romanian column: Romanian names, designations, objectives and dates only.
  expect(romanian).toContain('Municipiul Sibiu (județul Sibiu, România)');
  expect(romanian).toContain('Orașul Seghedin (comitatul Csongrád-Csanád, Ungaria)');
  expect(romanian).toContain('Schimburi anuale de elevi între liceele celor două orașe');
  // The watermark's letters may fall between words of a line: short phrases, then.
  expect(romanian).toContain('Consiliul Local al Municipiului Sibiu');
  expect(romanian).toContain('nr. 312/2027 din 26 septembrie 2027');
  expect(romanian).not.toContain('Nagyszeben');
  // The Hungarian column: Nagyszeben, Szeben megye, the objective in Hungarian, Hungarian dates.
  expect(hungarian).toContain('Nagyszeben város (Szeben megye, Románia)');
  expect(hungarian).toContain('Szeged város (Csongrád-Csanád, Magyarország)');
  expect(hungarian).toContain('Évente diákcsere a két város középiskolái között');
  expect(hungarian).toContain('a 312/2027 számú');
  expect(hungarian).toContain('2027. szeptember 26. napján kelt');
  expect(hungarian).not.toContain('Schimburi');
  expect(hungarian).not.toContain('Orașul Seghedin');
  expect(romanian + hungarian).not.toContain('nr. HCL');
  expect(romanian).toContain('Proiect din');
});
