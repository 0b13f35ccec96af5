import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, open, test, type App } from './fixtures';
import { AgreementPage } from './pages/agreementPage';
import { PartnershipPages } from './pages/partnershipPages';

test('a secretary drafts the French–German charter, is stopped by a signatory without a name, fixes it, previews, downloads the PDF and keeps the signed version', async ({
  page,
  app,
}) => {
  const partnerships = new PartnershipPages(page);
  const charter = new AgreementPage(page);
  // The preview runs pdf.js under the app's strict CSP: any refusal shows up as a console error.
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
  );

  await partnerships.gotoList(app.url);
  await partnerships.startNew();
  await partnerships.fillManualTown(1, {
    name: 'Esslingen am Neckar',
    country: 'Germany',
    region: 'Baden-Württemberg',
  });
  await partnerships.save();
  await expect(page.getByRole('heading', { name: 'Esslingen am Neckar', level: 2 })).toBeVisible();
  await charter.openFromPartnership();

  await charter.chooseLanguage(1, 'French');
  await charter.chooseLanguage(2, 'German');
  await page.getByRole('radio', { name: 'Each text in full, one after the other' }).check();

  await charter.openTab('Parties');
  await charter.party(1).getByLabel('Name in the charter').fill('Vienne');
  await charter.signatory(1, 1).getByLabel('Office (French)').fill('Maire');
  await charter.signatory(1, 1).getByLabel('Office (German)').fill('Bürgermeister');
  await charter.party(1).getByLabel('Council resolution number').fill('2026-041');
  await charter.party(1).getByLabel('Resolution date').fill('2026-03-12');
  await charter.signatory(2, 1).getByLabel('Name', { exact: true }).fill('Matthias Klopfer');
  await charter.signatory(2, 1).getByLabel('Office (French)').fill('Maire');
  await charter.signatory(2, 1).getByLabel('Office (German)').fill('Oberbürgermeister');
  await charter.party(2).getByLabel('Council resolution number').fill('GR 17/2026');
  await charter.party(2).getByLabel('Resolution date').fill('2026-04-02');

  await charter.openTab('Clauses');
  await charter.selectClause('Art. 1: Objectives');
  const objectives = charter.clauseIn('Objectives', 'French').getByLabel('Text');
  await objectives.fill('Les Parties encouragent les échanges entre leurs lycées et leurs clubs sportifs.');

  // Vienne's signatory has no name: printing is refused, with the reason, and nothing typed is lost.
  await charter.checkAndPreview();
  await expect(charter.checkAlert).toContainText('Signatory 1 of Vienne has no name.');
  await expect(charter.preview).toBeHidden();
  await expect(objectives).toHaveValue(
    'Les Parties encouragent les échanges entre leurs lycées et leurs clubs sportifs.',
  );

  await charter.checkAlert.getByRole('button', { name: 'Signatory 1 of Vienne has no name.' }).click();
  await charter.signatory(1, 1).getByLabel('Name', { exact: true }).fill('Thierry Kovacs');
  await expect(charter.checkAlert).toBeHidden();

  await charter.checkAndPreview();
  await charter.expectPreviewPages();
  const download = await charter.savePdf();
  expect(download.suggestedFilename()).toBe('charter-vienne-esslingen-am-neckar-fr-de-draft.pdf');
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' });
  expect(text).toContain('Vienne');
  expect(text).toContain('Esslingen am Neckar');
  expect(text).toContain('Thierry Kovacs');
  expect(text).toContain('Les Parties encouragent les échanges entre leurs lycées');
  await page.keyboard.press('Escape');

  // Marking it signed asks when and where; a day still to come is refused at its field.
  await charter.markSigned({ date: '2099-05-09', place: 'Vienne' });
  await expect(charter.signedDialog.getByText('The date cannot be in the future')).toBeVisible();
  await charter.markSigned({ date: '2025-05-09', place: 'Vienne' });
  await expect(charter.signedDialog).toBeHidden();
  await expect(
    page.getByText(/Kept as version 1, signed\. On the partnership: 1 signing added/),
  ).toBeVisible();
  await expect(charter.versions.getByRole('row', { name: /Version 1\s+Signed/ })).toBeVisible();
  await expect(charter.versions.getByText('Signed Vienne, 9 May 2025')).toBeVisible();
  await page.getByRole('button', { name: 'Preview and print version 1' }).click();
  await charter.expectPreviewPages();
  await expect(charter.preview).toContainText('charter-vienne-esslingen-am-neckar-fr-de-v1.pdf');
  expect(app.outbound).toEqual([]);
  expect(problems).toEqual([]);
});

/** A new partnership with Esslingen, and its charter editor open; returns the editor's address. */
async function openNewCharter(page: Page, app: App): Promise<string> {
  const partnerships = new PartnershipPages(page);
  await partnerships.gotoList(app.url);
  await partnerships.startNew();
  await partnerships.fillManualTown(1, { name: 'Esslingen am Neckar', country: 'Germany' });
  await partnerships.save();
  await new AgreementPage(page).openFromPartnership();
  return new URL(page.url()).hash.slice(1);
}

test('a clause typed and left alone is saved by itself: it is still there after the host restarts and the page reloads', async ({
  page,
  app,
}) => {
  const charter = new AgreementPage(page);
  const route = await openNewCharter(page, app);
  await charter.openTab('Clauses');
  await charter.selectClause('Preamble');
  const preamble = 'Both towns keep their friendship alive through their schools, choirs and clubs.';
  await charter.firstText('Preamble').fill(preamble);
  // Nobody presses Save draft: the pause in typing is enough.
  await expect(charter.saveState).toHaveText(/Saved/);
  await expect(charter.saveButton).toBeDisabled();

  await app.restart();
  await open(page, app, route);
  await charter.openTab('Clauses');
  await charter.selectClause('Preamble');
  await expect(charter.firstText('Preamble')).toHaveValue(preamble);
});

test('when the disk refuses the save, the charter says why, keeps the text, asks before the tab closes, and saves at the next change', async ({
  page,
  app,
}) => {
  const charter = new AgreementPage(page);
  await openNewCharter(page, app);
  // The core's answer to a full disk, given for agreement:save only while `full` holds.
  let full = true;
  await page.route('**/api/invoke', async (route) => {
    const body: unknown = route.request().postDataJSON();
    const channel = body && typeof body === 'object' && 'channel' in body ? body.channel : null;
    if (full && channel === 'agreement:save') {
      await route.fulfill({ json: { ok: false, error: { code: 'DISK_FULL', message: 'ENOSPC' } } });
    } else {
      await route.continue();
    }
  });
  await charter.openTab('Clauses');
  await charter.selectClause('Preamble');
  await charter.firstText('Preamble').fill('Written while the disk was full.');
  await expect(charter.saveState).toHaveText('Not saved');
  await expect(charter.saveFailure).toContainText('The disk is full. Nothing was changed.');
  await expect(charter.firstText('Preamble')).toHaveValue('Written while the disk was full.');

  // Closing the tab now would lose the text: the browser asks first, and staying keeps it.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(charter.firstText('Preamble')).toHaveValue('Written while the disk was full.');

  full = false;
  await charter.firstText('Preamble').fill('Written while the disk was full, saved once it had room.');
  await expect(charter.saveState).toHaveText(/Saved/);
  await expect(charter.saveFailure).toBeHidden();
  // Nothing unsaved: the tab closes without asking.
  page.on('dialog', (d) => {
    throw new Error(`unexpected ${d.type()} dialog`);
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});
