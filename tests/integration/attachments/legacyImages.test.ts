import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyLegacyImages } from '../../../electron/core/attachments/legacyImages';
import { attachmentName } from '../../../electron/core/attachments/attachmentStore';
import { must, openBackend, quietLog, removeDir, tempDataDir } from '../helpers/backend';
import { pdfImages } from '../helpers/charter';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/core/store/schema';

const FIXTURE = new URL('../../fixtures/stores-with-images/v5/', import.meta.url);
const PNG_OLD = 'arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png';
const JPG_OLD = 'arms-9e0d4c3b-1a2f-4e5d-8c7b-3f2e1d0c9b8a.jpg';
const LOST_OLD = 'arms-00000000-0000-4000-8000-000000000000.png';
const fixtureImage = (name: string) => readFile(new URL(`images/${name}`, FIXTURE));

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function version5Folder(): Promise<string> {
  const dir = await tempDataDir();
  dirs.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

const storeOf = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')) as {
    schemaVersion: number;
    agreements: {
      draft: { parties: { coatOfArms: { file: string } | null }[] };
      versions: { content: { parties: { coatOfArms: { file: string } | null }[] } }[];
    }[];
  };

describe('coats of arms of a version 5 data folder', () => {
  it('move into attachments/ under the names their bytes give, and the charters follow them', async () => {
    const dir = await version5Folder();
    const png = attachmentName(await fixtureImage(PNG_OLD), 'png');
    const jpg = attachmentName(await fixtureImage(JPG_OLD), 'jpg');
    const backend = await openBackend(dir, quietLog());
    const store = await storeOf(dir);
    expect(store.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const [charter] = store.agreements;
    expect(charter?.draft.parties.map((p) => p.coatOfArms?.file)).toEqual([png, jpg]);
    // A name whose file was already lost keeps its name; printing that version says it is missing.
    expect(charter?.versions[0]?.content.parties.map((p) => p.coatOfArms?.file)).toEqual([png, LOST_OLD]);
    expect((await readdir(join(dir, 'attachments'))).sort()).toEqual([png, jpg, 'legacy-names.json'].sort());
    expect(await readdir(dir)).not.toContain('images');

    // A charter now prints only with every objective in each of its languages: she adds the German.
    await must(backend, 'objective:save', {
      partnershipId: 'p-landshut',
      id: 'o-youth',
      statement: 'Exchange of two school classes every year',
      theme: 'youth',
      indicator: 'Pupils taking part',
      target: '40 per year',
      agreedOn: '2024-05-12',
      texts: { de: 'Jedes Jahr ein Austausch von zwei Schulklassen' },
    });
    const pdf = await must(backend, 'document:render', {
      kind: 'agreement',
      params: { partnershipId: 'p-landshut' },
    });
    expect(pdfImages(Buffer.from(pdf.bytes))).toHaveLength(2);
    const version1 = await backend.dispatch('document:render', {
      kind: 'agreement',
      params: { partnershipId: 'p-landshut', version: 1 },
    });
    expect(!version1.ok && version1.error.issues?.map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'image_missing',
      'parties.1.coatOfArms',
    ]);
    await backend.close();
  });

  it('lose nothing when the app is killed after copying them but before the store is rewritten', async () => {
    const dir = await version5Folder();
    await copyLegacyImages(dir);
    // The kill: the store still says version 5 and the old files are all still there.
    expect((await storeOf(dir)).schemaVersion).toBe(5);
    expect((await readdir(join(dir, 'images'))).sort()).toEqual([PNG_OLD, JPG_OLD].sort());
    const backend = await openBackend(dir, quietLog());
    const png = attachmentName(await fixtureImage(PNG_OLD), 'png');
    expect((await storeOf(dir)).agreements[0]?.draft.parties[0]?.coatOfArms?.file).toBe(png);
    expect(await readdir(dir)).not.toContain('images');
    await backend.close();
  });

  it('are tidied up on the next start when the app was killed before removing the old copies', async () => {
    const dir = await version5Folder();
    await (await openBackend(dir, quietLog())).close();
    const upgraded = await readFile(join(dir, 'store.json'), 'utf8');
    await cp(new URL('images/', FIXTURE), join(dir, 'images'), { recursive: true });
    const backend = await openBackend(dir, quietLog());
    expect(await readdir(dir)).not.toContain('images');
    expect(JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')).agreements).toEqual(
      JSON.parse(upgraded).agreements,
    );
    await backend.close();
  });

  it('are found again when the backup taken before the upgrade is restored', async () => {
    const dir = await version5Folder();
    const backend = await openBackend(dir, quietLog());
    const before = (await must(backend, 'backup:list', {})).find((b) => b.reason === 'migration');
    await must(backend, 'agreement:save', {
      partnershipId: 'p-landshut',
      content: {
        ...(await must(backend, 'agreement:get', { partnershipId: 'p-landshut' })).agreement!.draft,
        parties: (
          await must(backend, 'agreement:get', { partnershipId: 'p-landshut' })
        ).agreement!.draft.parties.map((p) => ({ ...p, coatOfArms: null })) as never,
      },
    });
    await must(backend, 'backup:restore', { id: before!.id });
    const view = await must(backend, 'agreement:get', { partnershipId: 'p-landshut' });
    const png = attachmentName(await fixtureImage(PNG_OLD), 'png');
    expect(view.agreement?.draft.parties[0]?.coatOfArms?.file).toBe(png);
    const shown = await must(backend, 'agreement:image', { file: png });
    expect(Buffer.from(shown.bytes).equals(await fixtureImage(PNG_OLD))).toBe(true);
    await backend.close();
  });
});
