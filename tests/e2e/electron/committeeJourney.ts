import { expect, type Page } from '@playwright/test';

// The committee journey as a person walks it, shared by the desktop spec (and usable from a
// browser-mode page too): every locator is a role and a visible label.
export const TOWN = { name: 'Sighișoara', country: 'Romania', language: 'Romanian' };
export const MEMBER = { name: 'Ioana Popescu', role: 'Secretary' };

export async function openCommittee(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Committee' })
    .click();
  await expect(page.getByRole('heading', { name: 'Committee profile' })).toBeVisible();
}

export async function fillMunicipality(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Home municipality' });
  await form.getByRole('textbox', { name: 'Name of the town' }).fill(TOWN.name);
  await form.getByRole('combobox', { name: 'Country' }).fill(TOWN.country);
  await page.getByRole('option', { name: TOWN.country, exact: true }).click();
  await form.getByRole('combobox', { name: 'Languages' }).fill(TOWN.language);
  await page.getByRole('option', { name: TOWN.language, exact: true }).click();
  await form.getByRole('button', { name: 'Save municipality' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

export async function addMember(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(MEMBER.name);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: MEMBER.role, exact: true }).click();
  await dialog.getByRole('button', { name: 'Save member' }).click();
  await expect(dialog).toBeHidden();
}

export async function expectSavedProfile(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Home municipality' });
  await expect(form.getByRole('textbox', { name: 'Name of the town' })).toHaveValue(TOWN.name);
  await expect(
    page.getByRole('table', { name: 'Members' }).getByRole('cell', { name: MEMBER.name, exact: true }),
  ).toBeVisible();
}
