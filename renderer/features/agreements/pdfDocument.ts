import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import { base64ToBytes } from './pdfFiles';

let worker: Worker | null = null;

/** One pdf.js worker for the app's lifetime, started on first use. */
function workerPort(): Worker {
  worker ??= new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  return worker;
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
