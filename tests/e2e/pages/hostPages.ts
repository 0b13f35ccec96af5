import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { App } from '../fixtures';
import { ActivityPages } from './activityPages';
import { invoke } from './backupsPage';
import { answered } from './invokes';

/** A guest as the participants register stores it: invited, staying with a family. */
function guest(activityId: string, i: number, over: Record<string, unknown> = {}) {
  return {
    id: `guest-${i}`,
    activityId,
    name: `Guest ${String(i + 1).padStart(2, '0')}`,
    town: 'Landshut',
    country: 'DE',
    organisationId: null,
    role: 'delegationMember',
    origin: 'invited',
    ageBand: 'over30',
    birthYear: null,
    registration: 'registered',
    arrival: null,
    departure: null,
    email: '',
    phone: '',
    languages: ['de'],
    needsHost: true,
    stayGroup: '',
    preferredHouseholdId: null,
    prefersSmokeFree: false,
    photoConsent: 'unknown',
    parentConsent: 'unknown',
    dietNeeds: [],
    dietNote: '',
    petAllergies: [],
    accessNeeds: '',
    stepFreeAccess: false,
    emergencyContact: null,
    notes: '',
    rev: 1,
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...over,
  };
}

/** The Host families register and an activity's Host families tab, in English. */
export class HostPages {
  readonly activities: ActivityPages;

  constructor(readonly page: Page) {
    this.activities = new ActivityPages(page);
  }

  /**
   * The participants register has its own screens on another branch: the guests are written
   * into the stopped app's store, and the app started again on it.
   */
  static async seedGuests(app: App, activityId: string, count: number): Promise<void> {
    await app.stop();
    const file = join(app.dataDir, 'store.json');
    const db = JSON.parse(await readFile(file, 'utf8')) as { participants: unknown[] };
    db.participants.push(...Array.from({ length: count }, (_, i) => guest(activityId, i)));
    await writeFile(file, JSON.stringify(db));
    await app.start();
  }

  static household(name: string, beds: number, from: string, to: string) {
    return {
      draft: {
        name,
        contactName: `${name.replace('Familia ', '')} contact`,
        email: '',
        phone: '+40 722 000 111',
        address: 'Str. Cetății 4',
        town: 'Sibiu',
        languages: ['ro', 'de'],
        beds,
        available: [{ from, to }],
        pets: [],
        smoking: false,
        dietsOffered: [],
        stepFree: false,
        minorCheckDate: null,
        notes: '',
      },
    };
  }

  static add(page: Page, app: App, draft: ReturnType<typeof HostPages.household>) {
    return invoke(page, app.url, 'households:save', draft);
  }

  async gotoRegister(app: App): Promise<void> {
    await this.page.goto(`${app.url}#/activities/hosts`);
    await expect(this.page.getByRole('heading', { name: 'Host families', level: 2 })).toBeVisible();
  }

  /** Adds a household through its dialog: name, contact, beds and one range of dates. */
  async register(name: string, beds: number, from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a household' }).click();
    const dialog = this.page.getByRole('form', { name: 'Add a household' });
    await dialog.getByRole('textbox', { name: 'Household' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Contact person' }).fill(`${name} contact`);
    await dialog.getByRole('textbox', { name: 'Phone' }).fill('+40 744 555 666');
    await dialog.getByRole('textbox', { name: 'Beds for guests' }).fill(String(beds));
    await this.activities.choose(dialog, 'Languages spoken', 'German');
    await this.activities.pickDate(dialog, 'From', from);
    await this.activities.pickDate(dialog, 'To', to);
    await this.page.screenshot({ path: '.tmp/hosts-dialog.png', fullPage: true });
    const done = answered(this.page, 'households:save');
    await dialog.getByRole('button', { name: 'Save household' }).click();
    await done;
    await expect(dialog).toBeHidden();
  }

  async gotoTab(app: App, activityId: string): Promise<void> {
    await this.page.goto(`${app.url}#/activities/${activityId}?tab=hosts`);
    await expect(this.page.getByRole('tab', { name: 'Host families', selected: true })).toBeVisible();
  }

  get banner(): Locator {
    return this.page.getByTestId('host-shortage');
  }

  get suggestions(): Locator {
    return this.page.getByRole('region', { name: 'Suggestions' });
  }

  get stays(): Locator {
    return this.page.getByRole('region', { name: 'Who stays where' });
  }

  async acceptAll(): Promise<void> {
    const done = answered(this.page, 'hosts:acceptSuggestions');
    await this.suggestions.getByRole('button', { name: /^Accept (all|the suggestion)/ }).click();
    await done;
  }

  /** Places a guest by hand; the answer comes back whether the core agreed or refused. */
  async assign(guestName: string, household: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Place a guest by hand' });
    await this.activities.choose(form, 'Guest', guestName);
    await form
      .getByRole('combobox', { name: 'Household' })
      .or(form.getByRole('textbox', { name: 'Household' }))
      .first()
      .click();
    await this.page.getByRole('option', { name: new RegExp(`^${household} \\(`) }).click();
    const done = answered(this.page, 'hosts:assign');
    await form.getByRole('button', { name: 'Assign' }).click();
    await done;
  }
}
