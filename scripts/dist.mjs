// `npm run dist [-- electron-builder options]`: builds the app and packages it with
// electron-builder.yml (AppImage and deb on Linux, NSIS on Windows, dmg on macOS) for the platform
// it runs on: the better-sqlite3 it ships is compiled here, so each platform packages on its own.
// node_modules/better-sqlite3 keeps its Node build: the Electron build is made apart (as for
// `npm start`) and travels as resources/native/better_sqlite3.node.
import fs from 'node:fs';
import path from 'node:path';
import { bin, electronSqlite, root, run } from './electron-runtime.mjs';

function fail(message, output = '') {
  process.stderr.write(output);
  console.error(`npm run dist: ${message}`);
  process.exit(1);
}

const sqlite = await electronSqlite();
if (sqlite.reason) fail(`better-sqlite3 could not be built for Electron (${sqlite.reason}).`);

// The notices of exactly the dependencies installed now: the full texts ship beside the app, and
// the list Help ▸ Licences shows is rebuilt into the bundle.
console.log('Collecting the third-party notices…');
const notices = await run(bin('tsx'), ['scripts/notices.ts'], { quiet: true });
if (notices.code !== 0) fail('the third-party notices could not be collected.', notices.output);

console.log('Building the app…');
const built = await run(bin('electron-vite'), ['build'], { quiet: true });
if (built.code !== 0) fail('the build failed (output above).', built.output);

const native = path.join(root, 'out', 'native');
fs.mkdirSync(native, { recursive: true });
fs.copyFileSync(sqlite.binding, path.join(native, 'better_sqlite3.node'));

const packaged = await run(bin('electron-builder'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
if (packaged.code !== 0) fail('electron-builder failed; see its output above.');
console.log('The packages are in release/.');
