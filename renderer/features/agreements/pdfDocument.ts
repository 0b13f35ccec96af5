import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';

let ready: Promise<void> | null = null;

/** Resolves with the worker once it has said it is ready; null when it cannot start here. */
function startWorker(): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const give = (w: Worker | null) => {
      clearTimeout(timer);
      if (!w) worker.terminate();
      resolve(w);
    };
    const timer = setTimeout(() => give(null), 10_000);
    // pdf.js's worker posts "ready" as soon as it has loaded; pdf.js itself does not wait for it.
    worker.addEventListener('message', () => give(worker), { once: true });
    worker.addEventListener('error', () => give(null), { once: true });
  });
}

/**
 * One pdf.js worker for the app's lifetime. Where a module worker cannot start (an
 * embedding that refuses it), pdf.js runs on the main thread from the same bundled code:
 * slower for long files, but a charter has a few pages.
 */
function setUp(): Promise<void> {
  ready ??= startWorker().then(async (worker) => {
    if (worker) {
      GlobalWorkerOptions.workerPort = worker;
      return;
    }
    // Sets globalThis.pdfjsWorker, which pdf.js uses instead of a worker.
    await import('pdfjs-dist/build/pdf.worker.min.mjs');
  });
  return ready;
}

/**
 * Opens a PDF the core rendered, from memory: no URL, no network. Options keep pdf.js
 * inside the strict CSP: no eval, no system or remote fonts (ours are embedded), no WebAssembly.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  await setUp();
  return getDocument({
    // A copy: pdf.js moves the array it is given to its worker, and the preview still saves these bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
  }).promise;
}
