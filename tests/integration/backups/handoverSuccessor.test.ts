import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, fileStamp } from '../../../electron/core/store/backups';
import { MAX_ARCHIVE_BYTES } from '../../../shared/domain/handover';
import { must, openBackend, quietLog } from '../helpers/backend';
import { laptops } from '../helpers/machines';
import { buziasWithOrnans, pdfImages, printableProposal } from '../helpers/charter';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/stores-with-images/v5/images/${name}`, import.meta.url));
const PNG = fixture('arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png');
const JPEG = fixture('arms-9e0d4c3b-1a2f-4e5d-8c7b-3f2e1d0c9b8a.jpg');

const machine = laptops('twinning-successor-', (dir) => openBackend(dir, quietLog()));

describe("the successor's machine after a hand-over", () => {
  it('opens the charter and prints it with both coats of arms', async () => {
    const old = await machine();
    const partnershipId = await buziasWithOrnans(old.backend);
    const armsA = await must(old.backend, 'agreement:addImage', { bytes: PNG });
    const armsB = await must(old.backend, 'agreement:addImage', { bytes: JPEG });
    const content = await printableProposal(old.backend, partnershipId);
    content.parties[0] = { ...content.parties[0], coatOfArms: armsA };
    content.parties[1] = { ...content.parties[1], coatOfArms: armsB };
    await must(old.backend, 'agreement:save', { partnershipId, content });
    const archive = await must(old.backend, 'handover:export', { includeBackups: true });

    // Another backend on another, empty folder: nothing of the old machine's is reachable.
    const successor = await machine();
    await must(successor.backend, 'handover:import', { bytes: archive.bytes });
    const view = await must(successor.backend, 'agreement:get', { partnershipId });
    expect(view.agreement?.draft.parties.map((p) => p.coatOfArms?.file)).toEqual([armsA.file, armsB.file]);
    const shown = await must(successor.backend, 'agreement:image', { file: armsA.file });
    expect(Buffer.from(shown.bytes).equals(PNG)).toBe(true);
    const pdf = await must(successor.backend, 'document:render', {
      kind: 'agreement',
      params: { partnershipId },
    });
    const images = pdfImages(Buffer.from(pdf.bytes));
    expect(images).toEqual(
      expect.arrayContaining([
        { width: 120, height: 140 },
        { width: 16, height: 16 },
      ]),
    );
  });

  it('refuses an export that import would refuse, and says that one without backups would do', async () => {
    const { dir, backend } = await machine();
    await buziasWithOrnans(backend);
    await mkdir(backupDir(dir), { recursive: true });
    // Incompressible backups, together over the size a successor's app accepts.
    const each = Math.ceil(MAX_ARCHIVE_BYTES / 3) + 1024 * 1024;
    for (const day of [1, 2, 3]) {
      const name = `store-${fileStamp(new Date(Date.UTC(2026, 9, day)))}-manual.json`;
      await writeFile(join(backupDir(dir), name), randomBytes(each));
    }
    const refused = await backend.dispatch('handover:export', { includeBackups: true });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('TOO_LARGE');
    expect(refused.error.issues?.[0]).toMatchObject({
      code: 'archive_too_large_with_backups',
      params: { max: MAX_ARCHIVE_BYTES },
    });
    const smaller = await must(backend, 'handover:export', { includeBackups: false });
    expect(smaller.size).toBeLessThan(MAX_ARCHIVE_BYTES);
    const successor = await machine();
    await must(successor.backend, 'handover:import', { bytes: smaller.bytes });
    expect((await readdir(successor.dir)).filter((n) => n.startsWith('attachments.'))).toEqual([]);
    // Zipping 44 MB of random bytes is slow on a shared machine: a generous limit, no timing asserted.
  }, 180_000);
});
