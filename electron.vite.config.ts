import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The page's entry (renderer/src/main.tsx) is small and imports the app (start.tsx) itself, so that
 * it can ask the register for the first screen's data first. Left at that, the browser would fetch
 * the app's code only once the entry has run: the page names the app's chunk, its chunks and its
 * styles instead, so that they load beside the entry.
 */
function loadAppWithEntry(): Plugin {
  return {
    name: 'ropa-load-app-with-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const app = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/renderer/src/start.tsx')));
        if (!app) throw new Error('renderer/src/start.tsx is in no chunk: update loadAppWithEntry');
        const entry = chunks.find((c) => c.isEntry)?.fileName;
        const scripts = [app.fileName, ...app.imports.filter((f) => f !== entry)];
        return [
          ...[...(app.viteMetadata?.importedCss ?? [])].map((href) => ({
            tag: 'link',
            // Fetched now, applied when the app is imported: a stylesheet here would hold up the entry.
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
          ...scripts.map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * One import of Mantine's pointed at a module of ours: `source` (what the import names) as imported
 * from a file whose path holds `importer`. The build fails if Mantine no longer imports it from
 * there, rather than quietly keep the original.
 */
function swapMantineImport(
  name: string,
  swap: { importer: string; source: (s: string) => boolean; own: string },
): Plugin {
  const own = resolve(__dirname, swap.own);
  let swapped = false;
  return {
    name: `ropa-mantine-${name}`,
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes(swap.importer) || !swap.source(source)) return null;
      swapped = true;
      return own;
    },
    buildEnd(error) {
      if (!error && !swapped) this.error(`Mantine's import for ${name} was never seen: update swapMantineImport`);
    },
  };
}

/** Mantine's useId swapped for renderer/src/mantine-use-id.ts (why: that module's comment). */
const mantineStableId = () =>
  swapMantineImport('stable-id', {
    importer: '/@mantine/hooks/',
    source: (s) => s.endsWith('/use-id/use-id.mjs'),
    own: 'renderer/src/mantine-use-id.ts',
  });

/**
 * The positioning library's useMergeRefs, which Mantine's ScrollArea (in every Modal, so in the
 * first chunk) imports, swapped for renderer/src/mantine-merge-refs.ts: otherwise the whole library
 * comes with the first chunk (some 46 KB) rather than with the menus and pickers that position things.
 */
const mantineMergeRefs = () =>
  swapMantineImport('merge-refs', {
    importer: '/@mantine/core/esm/components/ScrollArea/ScrollArea.mjs',
    source: (s) => s === '@floating-ui/react',
    own: 'renderer/src/mantine-merge-refs.ts',
  });

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
    plugins: [react(), loadAppWithEntry(), mantineStableId(), mantineMergeRefs()],
    build: {
      // electron-vite leaves bundles unminified; the UI's first load is parsed on every start.
      minify: 'esbuild',
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        output: {
          // React DOM in a chunk of its own: the browser parses each script on a thread of its own
          // as it arrives, so the app's code and React's are parsed side by side instead of one
          // after the other (about a third of the first load each).
          manualChunks: (id) => (/\/node_modules\/(react-dom|scheduler)\//.test(id) ? 'react-dom' : undefined),
        },
      },
    },
  },
});
