/**
 * Files in and out of the window, the same in both transports: a download through an object
 * URL, a chosen file read as bytes for the core, bytes shown as an image.
 */

export async function fileToBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Bytes as a Blob; slice() gives a copy the Blob may own, whatever buffer the bytes were a view of. */
export const toBlob = (content: string | Uint8Array, type: string): Blob =>
  new Blob([typeof content === 'string' ? content : content.slice()], { type });

/** Saves text or bytes under `fileName` through the browser's download. */
export function download(content: string | Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(toBlob(content, type));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
