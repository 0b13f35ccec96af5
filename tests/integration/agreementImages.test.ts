import { deflateSync, crc32 } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { buziasWithOrnans, printableProposal } from './helpers/charter';

const ARMS = readFileSync(
  new URL(
    '../fixtures/stores-with-images/v5/images/arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png',
    import.meta.url,
  ),
);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of the given size: one grey row repeated, so 8,000 × 8,000 weighs only kilobytes. */
function png(width: number, height: number, idat?: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(width + 1, 0x80);
  row[0] = 0;
  const data = idat ?? deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('a coat of arms that could freeze the app or break the print', () => {
  let dir: string;
  let backend: Backend;
  let partnershipId: string;
  const log = quietLog();
  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
    partnershipId = await buziasWithOrnans(backend);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('is refused on upload above 4,000 pixels on a side, saying its size and the limit', async () => {
    const huge = png(8000, 8000);
    expect(huge.length).toBeLessThan(1024 * 1024);
    const result = await call(backend, 'agreement:addImage', { bytes: huge });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.[0]).toMatchObject({
      code: 'image_too_many_pixels',
      params: { width: 8000, height: 8000, maxSide: 4000 },
    });
    const fits = await call(backend, 'agreement:addImage', { bytes: png(4000, 40) });
    expect(fits.ok).toBe(true);
  });

  it('is refused on upload when the file is cut short or its pixels are garbage, as a damaged image', async () => {
    const cut = ARMS.subarray(0, Math.floor(ARMS.length / 2));
    const result = await call(backend, 'agreement:addImage', { bytes: cut });
    expect(!result.ok && result.error.issues?.[0]?.code).toBe('image_damaged');
    const garbage = png(120, 140, Buffer.from('not deflate data'));
    const again = await call(backend, 'agreement:addImage', { bytes: garbage });
    expect(!again.ok && again.error.issues?.[0]?.code).toBe('image_damaged');
  });

  async function charterWith(file: Buffer): Promise<string> {
    const arms = await must(backend, 'agreement:addImage', { bytes: file });
    const content = await printableProposal(backend, partnershipId);
    content.parties[1] = { ...content.parties[1], coatOfArms: arms };
    await must(backend, 'agreement:save', { partnershipId, content });
    return join(dir, 'attachments', arms.file);
  }

  it('names the damaged coat of arms when its file was cut short after it was chosen', async () => {
    const path = await charterWith(ARMS);
    await truncate(path, 60);
    const result = await call(backend, 'document:render', { kind: 'agreement', params: { partnershipId } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['image_damaged', 'parties.1.coatOfArms'],
    ]);
  });

  it('names the damaged coat of arms when its compressed pixels are garbage', async () => {
    const path = await charterWith(ARMS);
    await writeFile(path, png(120, 140, Buffer.from('not deflate data at all, just words')));
    const result = await call(backend, 'document:render', { kind: 'agreement', params: { partnershipId } });
    expect(!result.ok && result.error.issues?.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['image_damaged', 'parties.1.coatOfArms'],
    ]);
    expect(log.errors).toEqual([]);
  });
});
