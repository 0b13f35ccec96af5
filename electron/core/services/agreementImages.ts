import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detectImageMime, MAX_IMAGE_BYTES } from '../../../shared/domain/agreement/images';
import type { ImageRef } from '../../../shared/domain/agreement/model';
import { AppFailure } from '../../../shared/ipc/errors';

export const IMAGES_DIR = 'images';

/** Coats of arms live beside the store, in the data folder, so a handover carries them. */
export function agreementImages(dataDir: string, newId: () => string) {
  const dir = join(dataDir, IMAGES_DIR);
  return {
    dir,
    pathOf: (ref: ImageRef) => join(dir, ref.file),

    async add(base64: string): Promise<ImageRef> {
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length > MAX_IMAGE_BYTES) {
        throw new AppFailure(
          'TOO_LARGE',
          `The image has ${bytes.length} bytes; at most ${MAX_IMAGE_BYTES} are accepted`,
          [{ path: ['image'], code: 'image_too_large', message: 'The image is larger than 5 MB' }],
        );
      }
      const mime = detectImageMime(bytes);
      if (!mime) {
        throw new AppFailure('VALIDATION', 'The file is not a PNG or JPEG image', [
          { path: ['image'], code: 'not_an_image', message: 'The file is not a PNG or JPEG image' },
        ]);
      }
      const ref: ImageRef = { file: `arms-${newId()}.${mime === 'image/png' ? 'png' : 'jpg'}`, mime };
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // A new name every time ('wx'): an image, once referenced by a kept version, never changes.
      await writeFile(join(dir, ref.file), bytes, { mode: 0o600, flag: 'wx' });
      return ref;
    },

    async read(file: string): Promise<{ base64: string; mime: ImageRef['mime'] }> {
      const bytes = await readFile(join(dir, file)).catch(() => null);
      const mime = bytes ? detectImageMime(bytes) : null;
      if (!bytes || !mime) throw new AppFailure('NOT_FOUND', `No image ${file}`);
      return { base64: bytes.toString('base64'), mime };
    },
  };
}
export type AgreementImages = ReturnType<typeof agreementImages>;
