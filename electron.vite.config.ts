import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// TWINNING_OUT_DIR lets parallel builds (several developers on one machine) not share out/.
const out = process.env.TWINNING_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      // The backend runs in a worker thread of the main process: its entry is built beside main.js.
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'electron/main.ts'),
          worker: resolve(__dirname, 'electron/core/worker/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload cannot require() from node_modules: bundle everything, as CJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, out, 'renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
