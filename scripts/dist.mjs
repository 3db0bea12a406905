// `npm run dist [-- electron-builder options]`: builds the app and packages it with
// electron-builder.yml (AppImage and deb on Linux, NSIS on Windows, dmg on macOS; by default for
// the platform it runs on). electron-builder rebuilds better-sqlite3 for Electron inside
// node_modules; the Node build is put back afterwards so `npm test` keeps working.
import fs from 'node:fs';
import { bin, lastLine, nodeBinding, run } from './electron-runtime.mjs';

const saved = `${nodeBinding}.node-build`;

console.log('Building the app…');
const built = await run(bin('electron-vite'), ['build'], { quiet: true });
if (built.code !== 0) {
  process.stderr.write(built.output);
  console.error('npm run dist: the build failed (output above).');
  process.exit(built.code);
}

fs.copyFileSync(nodeBinding, saved);
let packaged;
try {
  packaged = await run(bin('electron-builder'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
} finally {
  fs.copyFileSync(saved, nodeBinding);
  fs.rmSync(saved, { force: true });
}
if (packaged.code !== 0) console.error(`npm run dist: electron-builder failed${packaged.output ? ` (${lastLine(packaged.output)})` : ''}; see its output above.`);
else console.log('Packages are in release/.');
process.exit(packaged.code);
