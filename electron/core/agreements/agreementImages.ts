import {
  checkImage,
  detectImageMime,
  extensionOf,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  tooManyPixels,
  type ImageMime,
} from '../../../shared/domain/agreement/images';
import type { ImageRef } from '../../../shared/domain/agreement/model';
import { AppFailure } from '../../../shared/ipc/errors';
import type { AttachmentStore } from '../attachments/attachmentStore';
import { pngDataInflates } from '../pdf/pngData';

const refuse = (code: string, message: string, params?: Record<string, number>): never => {
  throw new AppFailure(code === 'image_too_large' ? 'TOO_LARGE' : 'VALIDATION', message, [
    { path: ['image'], code, message, ...(params ? { params } : {}) },
  ]);
};

/**
 * Coats of arms, kept in the data folder's attachment store (so a hand-over carries them)
 * under the name their bytes give. Bytes in, bytes out: how they travel is the transport's
 * business.
 */
export function agreementImages(attachments: AttachmentStore) {
  return {
    dir: attachments.dir,
    /** Where the file of a reference is; null for a name the store cannot hold (a lost v5 one). */
    pathOf: (ref: ImageRef): string | null => {
      try {
        return attachments.pathOf(ref.file);
      } catch {
        return null;
      }
    },

    async add(bytes: Uint8Array): Promise<ImageRef> {
      if (bytes.length > MAX_IMAGE_BYTES) {
        refuse(
          'image_too_large',
          `The image has ${bytes.length} bytes; at most ${MAX_IMAGE_BYTES} are accepted`,
        );
      }
      if (!detectImageMime(bytes)) refuse('not_an_image', 'The file is not a PNG or JPEG image');
      const checked = checkImage(bytes);
      if (!checked) refuse('image_damaged', 'The image file is damaged or cut short and cannot be read');
      const image = checked as NonNullable<typeof checked>;
      if (tooManyPixels(image)) {
        refuse(
          'image_too_many_pixels',
          `The image is ${image.width} × ${image.height} pixels; at most ${MAX_IMAGE_SIDE} on a side and ${MAX_IMAGE_PIXELS} in all are accepted`,
          { width: image.width, height: image.height, maxSide: MAX_IMAGE_SIDE, maxPixels: MAX_IMAGE_PIXELS },
        );
      }
      if (image.mime === 'image/png' && !pngDataInflates(bytes)) {
        refuse('image_damaged', 'The image file is damaged and cannot be read');
      }
      const file = await attachments.add(bytes, extensionOf(image.mime));
      return { file, mime: image.mime };
    },

    async read(file: string): Promise<{ bytes: Buffer; mime: ImageMime }> {
      const bytes = await attachments.read(file);
      const mime = bytes ? detectImageMime(bytes) : null;
      if (!bytes || !mime) throw new AppFailure('NOT_FOUND', `No image ${file}`);
      return { bytes, mime };
    },
  };
}
export type AgreementImages = ReturnType<typeof agreementImages>;
