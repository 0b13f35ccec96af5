import { afterEach, describe, expect, it, vi } from 'vitest';
import { downscaleImage } from '../../../../../renderer/features/agreements/downscaleImage';

/**
 * A PNG whose chunks are whole (IHDR, an empty IDAT, IEND) and whose header says it is
 * `width` × `height`: all the window reads before deciding. CRCs are not checked there.
 */
function pngClaiming(width: number, height: number): File {
  const bytes = new Uint8Array(33 + 12 + 12);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  bytes.set([0x49, 0x44, 0x41, 0x54], 33 + 4); // IDAT, length 0
  bytes.set([0x49, 0x45, 0x4e, 0x44], 45 + 4); // IEND, length 0
  return new File([bytes], 'arms.png', { type: 'image/png' });
}

describe('scaling a coat of arms down in the window', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('never decodes a small file that claims 20,000 × 20,000 pixels: it goes to the core as it is, to be refused there', async () => {
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    const file = pngClaiming(20_000, 20_000);
    expect(await downscaleImage(file)).toBe(file);
    expect(decode).not.toHaveBeenCalled();
  });

  it('decodes a phone-sized photo to scale it down', async () => {
    const decode = vi.fn().mockRejectedValue(new Error('no decoder in this test'));
    vi.stubGlobal('createImageBitmap', decode);
    const file = pngClaiming(4000, 3000);
    expect(await downscaleImage(file)).toBe(file);
    expect(decode).toHaveBeenCalledWith(
      file,
      expect.objectContaining({ resizeWidth: 1200, resizeHeight: 900 }),
    );
  });
});
