import { deflateSync, crc32 } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkImage } from '../../shared/domain/agreement/images';
import { expect, open, test } from './fixtures';
import { AgreementPage } from './pages/agreementPage';

// A data folder of version 5: its charter's coats of arms are still in images/.
test.use({ fixtureName: 'stores-with-images/v5' });

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 3,000 × 2,000 photo-sized PNG (one colour, so it weighs little). */
function bigPng(): Buffer {
  const [width, height] = [3000, 2000];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(width * 3 + 1, 0x90);
  row[0] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an upgraded charter shows its coats of arms, and a photo-sized picture is scaled down before it is kept', async ({
  page,
  app,
}) => {
  const charter = new AgreementPage(page);
  await open(page, app, '/partnerships/p-landshut/agreement');
  await expect(page.getByRole('heading', { level: 2, name: /^Charter:/ })).toBeVisible();
  await charter.openTab('Parties');
  const first = charter.party(1).getByRole('img', { name: /^Coat of arms of/ });
  await expect(first).toBeVisible();
  expect(await first.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);

  const chooser = page.waitForEvent('filechooser');
  await charter.party(2).getByRole('button', { name: 'Replace…' }).click();
  await (await chooser).setFiles({ name: 'stadtwappen-foto.png', mimeType: 'image/png', buffer: bigPng() });
  const second = charter.party(2).getByRole('img', { name: /^Coat of arms of/ });
  await expect
    .poll(() => second.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 })
    .toBe(1200);

  const kept = await readdir(join(app.dataDir, 'attachments'));
  const sizes = await Promise.all(
    kept
      .filter((n) => n.endsWith('.png'))
      .map(async (n) => checkImage(await readFile(join(app.dataDir, 'attachments', n)))),
  );
  expect(sizes).toContainEqual({ mime: 'image/png', width: 1200, height: 800 });
  expect(await readdir(app.dataDir)).not.toContain('images');
});
