import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One build for the shell and the UI: out/main, out/preload, out/renderer. The browser host
// (web/) serves the same out/renderer.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The register worker is its own entry: main.ts starts it as a worker_thread from out/main/worker.js.
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          worker: resolve(__dirname, 'electron/worker.ts'),
          // Exports run in a worker of their own (core/reports/worker.ts): pass out/main/export-worker.js as its script.
          'export-worker': resolve(__dirname, 'core/reports/export-worker.ts'),
          // The checks after opening a register (core/open-check.ts): out/main/open-check-worker.js.
          'open-check-worker': resolve(__dirname, 'core/open-check-worker.ts'),
        },
        // A native module: loaded from node_modules (asar-unpacked when packaged), never bundled.
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron': everything else is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves bundles unminified; the UI's first load is parsed on every start.
      minify: 'esbuild',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
