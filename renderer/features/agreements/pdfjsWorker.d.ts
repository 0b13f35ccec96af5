/** pdf.js ships its worker without type declarations; importing it runs it for its side effect. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
