import { expect, type Locator, type Page } from '@playwright/test';
import { answered } from './invokes';

export interface MemberFields {
  name: string;
  role?: 'Chair' | 'Secretary' | 'Treasurer' | 'Member';
  email?: string;
  phone?: string;
  termStart?: string;
  termEnd?: string;
}

/** The committee profile page in English: the municipality, committee and members forms. */
export class CommitteePage {
  readonly municipality: Locator;
  readonly committee: Locator;
  readonly members: Locator;
  readonly memberDialog: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.municipality = page.getByRole('form', { name: 'Home municipality' });
    this.committee = page.getByRole('form', { name: 'Twinning committee' });
    this.members = page.getByRole('table', { name: 'Members' });
    this.memberDialog = page.getByRole('dialog', { name: /member/ });
    this.confirmDialog = page.getByRole('dialog', { name: 'Delete this member?' });
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/committee`);
    await expect(this.page.getByRole('heading', { name: 'Committee profile' })).toBeVisible();
  }

  /** Picks an option of a Mantine Select or MultiSelect by typing and choosing it. */
  private async choose(form: Locator, label: string, option: string): Promise<void> {
    const input = form.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillMunicipality(town: {
    name: string;
    country: string;
    languages: string[];
    region?: string;
  }): Promise<void> {
    await this.municipality.getByLabel('Name of the town').fill(town.name);
    await this.choose(this.municipality, 'Country', town.country);
    for (const language of town.languages) await this.choose(this.municipality, 'Languages', language);
    if (town.region) await this.municipality.getByLabel('Region').fill(town.region);
  }

  async saveMunicipality(): Promise<void> {
    const done = answered(this.page, 'municipality:save');
    await this.municipality.getByRole('button', { name: 'Save municipality' }).click();
    await done;
  }

  async fillCommittee(info: { name: string; email: string }): Promise<void> {
    await this.committee.getByLabel('Name of the committee').fill(info.name);
    await this.committee.getByLabel('E-mail').fill(info.email);
  }

  /** Clicks save; pass `expectCall: false` when validation should stop it in the page. */
  async saveCommittee({ expectCall = true } = {}): Promise<void> {
    const done = expectCall ? answered(this.page, 'committee:save') : null;
    await this.committee.getByRole('button', { name: 'Save committee' }).click();
    await done;
  }

  async openNewMember(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add member' }).click();
    await expect(this.memberDialog).toBeVisible();
  }

  async fillMember(fields: MemberFields): Promise<void> {
    const dialog = this.memberDialog;
    await dialog.getByLabel('Name', { exact: false }).first().fill(fields.name);
    if (fields.role) {
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await this.page.getByRole('option', { name: fields.role, exact: true }).click();
    }
    if (fields.email !== undefined) await dialog.getByLabel('E-mail').fill(fields.email);
    if (fields.phone !== undefined) await dialog.getByLabel('Phone').fill(fields.phone);
    if (fields.termStart !== undefined) await dialog.getByLabel('Term starts').fill(fields.termStart);
    if (fields.termEnd !== undefined) await dialog.getByLabel('Term ends').fill(fields.termEnd);
  }

  async saveMember(): Promise<void> {
    const done = answered(this.page, 'member:save');
    await this.memberDialog.getByRole('button', { name: 'Save member' }).click();
    await done;
    await expect(this.memberDialog).toBeHidden();
  }

  async addMember(fields: MemberFields): Promise<void> {
    await this.openNewMember();
    await this.fillMember(fields);
    await this.saveMember();
  }

  row(name: string): Locator {
    return this.members.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async editMember(name: string, changes: MemberFields): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.memberDialog).toBeVisible();
    await this.fillMember(changes);
    await this.saveMember();
  }

  async askToDelete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(this.confirmDialog).toBeVisible();
  }

  async cancelDelete(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  async confirmDelete(): Promise<void> {
    const done = answered(this.page, 'member:delete');
    await this.confirmDialog.getByRole('button', { name: 'Delete' }).click();
    await done;
    await expect(this.confirmDialog).toBeHidden();
  }

  /** Names and role labels in the members table, top to bottom. */
  async memberRows(): Promise<string[][]> {
    const rows = this.members.getByRole('row');
    const count = await rows.count();
    const result: string[][] = [];
    for (let i = 1; i < count; i++) {
      const cells = rows.nth(i).getByRole('cell');
      result.push([await cells.nth(0).innerText(), await cells.nth(1).innerText()]);
    }
    return result;
  }
}
