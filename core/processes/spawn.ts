// Child processes for the concurrency and crash tests: real Node processes running the real core
// (through tsx), talking to the test over stdout lines.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { buildSync } from 'esbuild';

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

/**
 * Bundles a child script with its packages into one file, for tests that start hundreds of
 * children: it starts in a fraction of tsx's time. Only the native better-sqlite3 stays outside,
 * so the bundle lives inside node_modules where that still resolves. Bundled code cannot find the
 * migrations beside db/open.ts, so such children take the folder as an argument.
 */
export function bundleChild(script: string): string {
  const outfile = path.join(
    CHILDREN,
    '..',
    '..',
    'node_modules',
    '.cache',
    'ropa-processes',
    script.replace(/\.ts$/, '.mjs'),
  );
  buildSync({
    entryPoints: [path.join(CHILDREN, script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages still call require().
    banner: {
      js: "import { createRequire as __ropaRequire } from 'node:module'; const require = __ropaRequire(import.meta.url);",
    },
    outfile,
    logLevel: 'error',
  });
  return outfile;
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
