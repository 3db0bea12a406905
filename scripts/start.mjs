// `npm start [register.sqlite]`: builds the app and opens it in Electron, with a better-sqlite3
// compiled for Electron. Where Electron cannot run (its binary is missing and cannot be
// downloaded), says so in one line and serves the same app to the browser from 127.0.0.1.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bin, electronSqlite, ensureElectron, root, run } from './electron-runtime.mjs';

const args = process.argv.slice(2);
// npm runs scripts from the package folder; a file named on the command line is relative to where
// the user typed it.
const here = process.env.INIT_CWD ?? process.cwd();
const resolve = (arg) => (arg.startsWith('-') ? arg : path.resolve(here, arg));
const forceBrowser = process.env.ROPA_BROWSER === '1';

async function build() {
  console.log('Building the app…');
  const { code, output } = await run(bin('electron-vite'), ['build'], { quiet: true });
  if (code !== 0) {
    process.stderr.write(output);
    console.error('npm start: the build failed (output above).');
    process.exit(code);
  }
}

/** Hands the terminal to a long-lived child and exits with its code once it ends. */
function hand(command, childArgs, env) {
  const child = spawn(command, childArgs, { cwd: root, env, stdio: 'inherit' });
  // Ctrl+C reaches the child through the terminal; a signal sent to us alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    console.error(`npm start: ${command} could not be started: ${err.message}`);
    process.exit(1);
  });
  return new Promise(() => child.on('close', (code) => process.exit(code ?? 1)));
}

async function startElectron(binary) {
  const sqlite = await electronSqlite();
  if (sqlite.reason) return `better-sqlite3 could not be built for Electron (${sqlite.reason})`;
  await build();
  const env = { ...process.env, ROPA_SQLITE_BINDING: sqlite.binding };
  // Set by some tools to make Electron behave as plain Node, which would not open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  await hand(binary, ['.', ...args.map(resolve)], env);
  return null;
}

async function startBrowserHost() {
  await build();
  const file = args.find((a) => !a.startsWith('-'));
  const register = file ? ['--register', resolve(file)] : [];
  await hand(bin('tsx'), [path.join(root, 'web', 'main.ts'), ...register], process.env);
}

const electron = forceBrowser ? { reason: 'ROPA_BROWSER=1' } : await ensureElectron();
const problem = electron.binary
  ? await startElectron(electron.binary)
  : `Electron's binary is missing and could not be downloaded (${electron.reason})`;
console.log(`${problem}; serving RoPA Registry to your browser instead.`);
await startBrowserHost();
