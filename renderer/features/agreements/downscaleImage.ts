import { checkImage, UPLOAD_LONG_SIDE } from '../../../shared/domain/agreement/images';

/**
 * The most pixels the window decodes to scale a picture down (a 48-megapixel phone photo
 * fits): a small file can claim 20,000 × 20,000 pixels in its header, and decoding that would
 * freeze the window. A larger one is sent as it is, and the core refuses it with its message.
 */
export const MAX_DECODE_PIXELS = 50_000_000;

/**
 * A picture larger than a coat of arms needs (a phone photo, a scan) is scaled down in the
 * window to UPLOAD_LONG_SIDE pixels on its long side before it is sent, so typical photos just
 * work and the core never draws more pixels than the page can show. A file that is small
 * enough, or that the window cannot read, is sent as it is: the core then says what is wrong.
 */
export async function downscaleImage(file: File, longSide = UPLOAD_LONG_SIDE): Promise<Blob> {
  const header = checkImage(new Uint8Array(await file.arrayBuffer()));
  if (!header || Math.max(header.width, header.height) <= longSide) return file;
  if (header.width * header.height > MAX_DECODE_PIXELS) return file;
  const scale = longSide / Math.max(header.width, header.height);
  const width = Math.max(1, Math.round(header.width * scale));
  const height = Math.max(1, Math.round(header.height * scale));
  try {
    const bitmap = await createImageBitmap(file, {
      resizeWidth: width,
      resizeHeight: height,
      resizeQuality: 'high',
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, header.mime, 0.92));
    return blob ?? file;
  } catch {
    return file;
  }
}
