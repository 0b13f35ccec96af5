import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';

let worker: Worker | null = null;

/** One pdf.js worker for the app's lifetime, started on first use. */
function workerPort(): Worker {
  worker ??= new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens a PDF the core rendered, from memory: no URL, no network. Options keep pdf.js
 * inside the strict CSP: no eval, no system or remote fonts (ours are embedded), no WebAssembly.
 */
export function openPdf(base64: string): Promise<PDFDocumentProxy> {
  GlobalWorkerOptions.workerPort = workerPort();
  return getDocument({
    data: base64ToBytes(base64),
    isEvalSupported: false,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
  }).promise;
}
