// What `npm start` and `npm run dist` need from the Electron side of the machine: Electron's
// binary, and a better-sqlite3 compiled for Electron kept apart from the Node build that the tests,
// the CLI and the browser host load from node_modules.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const electronDir = path.dirname(require.resolve('electron/package.json'));
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const version = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

export const electronVersion = version(electronDir);

/** Runs a command; resolves to its exit code (output shown only when `quiet` is false or it fails). */
export function run(command, args, { quiet = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    child.stdout?.on('data', (d) => output.push(d));
    child.stderr?.on('data', (d) => output.push(d));
    child.on('error', (err) => {
      output.push(Buffer.from(`${err.message}\n`));
      resolve({ code: 1, output: Buffer.concat(output).toString() });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output).toString() }));
  });
}

export const bin = (name) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** The Electron executable, or null when its binary was never downloaded. */
export function electronBinary() {
  try {
    const file = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Electron's binary, downloading it once if npm install could not; else the reason it is missing. */
export async function ensureElectron() {
  const present = electronBinary();
  if (present) return { binary: present };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  const { code, output } = await run(process.execPath, [path.join(electronDir, 'install.js')], { quiet: true });
  const binary = code === 0 ? electronBinary() : null;
  return binary ? { binary } : { reason: lastLine(output) || `the download exited with code ${code}` };
}

export const lastLine = (text) =>
  text
    .trim()
    .split('\n')
    .find((l) => l.trim() && !l.trim().startsWith('at '))
    ?.trim() ?? '';

/**
 * better-sqlite3 compiled for this Electron, in node_modules/.cache, built once per version pair
 * from a copy of the installed package so node_modules/better-sqlite3 keeps its Node build.
 */
export async function electronSqlite() {
  const tag = `better-sqlite3-${version(sqliteDir)}-electron-${electronVersion}-${process.platform}-${process.arch}`;
  const stage = path.join(root, 'node_modules', '.cache', 'ropa-electron', tag);
  const binding = path.join(stage, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return { binding };
  fs.rmSync(stage, { recursive: true, force: true });
  // The Node build's intermediate files stay behind: node-gyp would reuse them for the wrong runtime.
  const nodeBuild = path.join(sqliteDir, 'build');
  const source = (src) => src !== nodeBuild && !src.startsWith(nodeBuild + path.sep);
  fs.cpSync(sqliteDir, path.join(stage, 'node_modules', 'better-sqlite3'), { recursive: true, filter: source });
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    JSON.stringify({
      name: 'ropa-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': version(sqliteDir) },
    }),
  );
  // An npm `nodedir` (set on machines that build Node addons offline) would make node-gyp compile
  // against Node's headers and still label the result as Electron's.
  delete process.env.npm_config_nodedir;
  try {
    const { rebuild } = await import('@electron/rebuild');
    // projectRootPath keeps the rebuild inside the copy: left alone, it finds the workspace root
    // and would rebuild the Node build in node_modules too.
    await rebuild({
      buildPath: stage,
      projectRootPath: stage,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
  } catch (err) {
    fs.rmSync(stage, { recursive: true, force: true });
    return { reason: lastLine(String(err?.message ?? err)) };
  }
  const problem = !fs.existsSync(binding)
    ? 'the rebuild produced no better_sqlite3.node'
    : (await loadsInNode(binding))
      ? 'the rebuild produced a Node build, not an Electron one'
      : null;
  if (!problem) return { binding };
  fs.rmSync(stage, { recursive: true, force: true });
  return { reason: problem };
}

/** An addon built for Electron refuses to load in Node (another NODE_MODULE_VERSION). */
async function loadsInNode(addon) {
  const { code } = await run(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', addon], {
    quiet: true,
  });
  return code === 0;
}
