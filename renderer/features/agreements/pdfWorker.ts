// The pdf.js worker as a worker entry of our own, so Vite bundles it as a same-origin .js
// asset: the CSP has no worker-src, so workers fall back to script-src 'self', which allows it.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
