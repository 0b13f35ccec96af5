import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImage, tooManyPixels } from '../../../../../shared/domain/agreement/images';

const image = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../../fixtures/stores-with-images/v5/images/${name}`, import.meta.url)),
  );
const PNG = image('arms-2b7c6a1e-58f4-4b7e-9a34-6c1f0e2d9a10.png');
const JPEG = image('arms-9e0d4c3b-1a2f-4e5d-8c7b-3f2e1d0c9b8a.jpg');

describe('reading a coat of arms from its own header', () => {
  it('gives the type and size in pixels of a PNG and of a JPEG', () => {
    expect(checkImage(PNG)).toEqual({ mime: 'image/png', width: 120, height: 140 });
    expect(checkImage(JPEG)).toEqual({ mime: 'image/jpeg', width: 16, height: 16 });
  });

  it('calls a file cut short damaged, whatever its first bytes promise', () => {
    expect(checkImage(PNG.subarray(0, PNG.length - 5))).toBeNull();
    expect(checkImage(JPEG.subarray(0, JPEG.length - 2))).toBeNull();
    expect(checkImage(PNG.subarray(0, 20))).toBeNull();
  });

  it('allows 4,000 × 4,000 pixels and refuses one more on a side or more than 16 megapixels', () => {
    expect(tooManyPixels({ width: 4000, height: 4000 })).toBe(false);
    expect(tooManyPixels({ width: 4001, height: 10 })).toBe(true);
    expect(tooManyPixels({ width: 10, height: 4001 })).toBe(true);
  });
});
