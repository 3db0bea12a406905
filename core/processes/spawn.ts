// Child processes for the tests: real Node processes running the real core (through tsx, or
// bundled), talking to the test over stdout lines.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const CHILDREN = path.dirname(new URL(import.meta.url).pathname);

export interface Child {
  proc: ChildProcessWithoutNullStreams;
  /** Every stdout line so far. */
  lines: string[];
  /** Resolves with the first line that satisfies `test`. */
  waitFor(test: (line: string) => boolean): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stderr(): string;
}

/** Runs a child script from source through tsx (about half a second to start). */
export function startChild(script: string, args: string[], env: Record<string, string> = {}): Child {
  return watch(
    script,
    spawn(process.execPath, ['--import', 'tsx', path.join(CHILDREN, script), ...args], {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    }),
  );
}

const ROOT = path.resolve(CHILDREN, '..', '..');

/**
 * Every project module keeps its own `import.meta.url` in the bundle, so what it finds beside itself
 * (the migrations beside db/open.ts, the fonts, the export worker's entry) it still finds there.
 */
const sourceUrls: Plugin = {
  name: 'ropa-source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.split(path.sep).includes('node_modules')) return undefined;
      const text = await fs.readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/**
 * Bundles a TypeScript entry with its packages into one file, for tests that start a process many
 * times: it starts in a fraction of tsx's time (tsx compiles and resolves every module through its
 * loader thread, about 1.5 s for the `ropa` command). Only the native better-sqlite3 stays outside,
 * so the bundle lives inside node_modules where that still resolves. Written under a temporary name
 * and renamed, so a test file running beside another never starts a half-written bundle.
 */
export async function bundleEntry(entry: string): Promise<string> {
  const bundle = path
    .join(ROOT, 'node_modules', '.cache', 'ropa-processes', path.relative(ROOT, entry))
    .replace(/\.ts$/, '.mjs');
  const built = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages still call require().
    banner: {
      js: "import { createRequire as __ropaRequire } from 'node:module'; const require = __ropaRequire(import.meta.url);",
    },
    plugins: [sourceUrls],
    write: false,
    logLevel: 'error',
  });
  const partial = `${bundle}.${process.pid}`;
  await fs.mkdir(path.dirname(bundle), { recursive: true });
  await fs.writeFile(partial, built.outputFiles[0]!.contents);
  await fs.rename(partial, bundle);
  return bundle;
}

/** A child script of this folder, bundled (see bundleEntry). */
export function bundleChild(script: string): Promise<string> {
  return bundleEntry(path.join(CHILDREN, script));
}

export function startBundled(bundle: string, args: string[]): Child {
  return watch(path.basename(bundle), spawn(process.execPath, [bundle, ...args], { stdio: 'pipe' }));
}

function watch(script: string, proc: ChildProcessWithoutNullStreams): Child {
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let err = '';
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  readline.createInterface({ input: proc.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.splice(0)) {
      if (w.test(line)) w.resolve(line);
      else waiters.push(w);
    }
  });
  const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));
  return {
    proc,
    lines,
    exited,
    stderr: () => err,
    waitFor: (test) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(test);
        if (seen !== undefined) return resolve(seen);
        waiters.push({ test, resolve });
        void exited.then((code) =>
          reject(new Error(`child ${script} exited (${code}) before the expected line; stderr: ${err.slice(0, 2000)}`)),
        );
      }),
  };
}
